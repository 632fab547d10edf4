-- Issue 10: an administrator's reset (or a new account's initial password) makes the user choose their own
-- password at the next sign-in, before any other page opens.
alter table app_user add column password_change_required boolean default false not null;

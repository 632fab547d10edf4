-- Indicators and sub-indicators change through imports and year copies: record who and when, like
-- every other entity users change. One column per statement, which H2 and PostgreSQL both accept.
alter table indicator add column created_by varchar(100);
alter table indicator add column created_at timestamp with time zone;
alter table indicator add column modified_by varchar(100);
alter table indicator add column modified_at timestamp with time zone;
alter table sub_indicator add column created_by varchar(100);
alter table sub_indicator add column created_at timestamp with time zone;
alter table sub_indicator add column modified_by varchar(100);
alter table sub_indicator add column modified_at timestamp with time zone;

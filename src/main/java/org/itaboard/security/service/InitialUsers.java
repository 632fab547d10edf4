package org.itaboard.security.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.offices.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first users of an empty database. With demo data on (the one-command start) these are the
 * demo users of README.md, one per role; otherwise (docker-compose, production) only the
 * administrator named by ITABOARD_ADMIN_USERNAME / ITABOARD_ADMIN_PASSWORD, so no password written
 * in the repository ever opens a production system.
 */
@Component
@Order(10)
class InitialUsers implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final AppUserRepository users;
    private final DivisionRepository divisions;
    private final PasswordEncoder passwordEncoder;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(AppUserRepository users, DivisionRepository divisions, PasswordEncoder passwordEncoder,
            @Value("${itaboard.demo.enabled:false}") boolean demo,
            @Value("${itaboard.bootstrap-admin.username:}") String adminUsername,
            @Value("${itaboard.bootstrap-admin.password:}") String adminPassword) {
        this.users = users;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (demo) {
            createDemoUsers();
        } else if (!adminUsername.isBlank() && adminPassword.length() >= UserAdminService.MIN_PASSWORD_LENGTH) {
            create(adminUsername.trim().toLowerCase(), "ผู้ดูแลระบบ", "ผู้ดูแลระบบ", adminPassword, EnumSet.of(Role.ADMIN), null);
            log.info("Created the first administrator '{}' from the environment", adminUsername);
        } else {
            log.warn("No users exist. Set ITABOARD_ADMIN_USERNAME and ITABOARD_ADMIN_PASSWORD (at least {} characters) "
                    + "to create the first administrator.", UserAdminService.MIN_PASSWORD_LENGTH);
        }
    }

    private void createDemoUsers() {
        create("director", "นายวิชัย ธรรมรักษ์", "ผู้อำนวยการเขต", DEMO_PASSWORD, EnumSet.of(Role.EXECUTIVE), null);
        create("assistant", "นางสาวพรทิพย์ ศรีสุข", "ผู้ช่วยผู้อำนวยการเขต", DEMO_PASSWORD, EnumSet.of(Role.EXECUTIVE), null);
        create("coordinator", "นางสุภาพร แก้วมณี", "หัวหน้าคณะทำงาน ITA", DEMO_PASSWORD, EnumSet.of(Role.COORDINATOR), "ADMIN");
        create("head.admin", "นายประเสริฐ บุญมา", "หัวหน้าฝ่ายปกครอง", DEMO_PASSWORD, EnumSet.of(Role.DIVISION_HEAD), "ADMIN");
        create("head.works", "นายธนากร วงศ์ใหญ่", "หัวหน้าฝ่ายโยธา", DEMO_PASSWORD, EnumSet.of(Role.DIVISION_HEAD), "PUBLIC_WORKS");
        create("head.registration", "นางอรุณี ใจงาม", "หัวหน้าฝ่ายทะเบียน", DEMO_PASSWORD, EnumSet.of(Role.DIVISION_HEAD), "REGISTRATION");
        create("head.finance", "นางสาวกมลวรรณ ทองดี", "หัวหน้าฝ่ายการคลัง", DEMO_PASSWORD, EnumSet.of(Role.DIVISION_HEAD), "FINANCE");
        create("hr", "นางสาวณัฐธิดา พรหมมา", "นักทรัพยากรบุคคลชำนาญการ", DEMO_PASSWORD, EnumSet.of(Role.HR_OFFICER), "ADMIN");
        create("admin", "นายกิตติพงษ์ สายสุวรรณ", "นักวิชาการคอมพิวเตอร์", DEMO_PASSWORD, EnumSet.of(Role.ADMIN), null);
        log.info("Demo users created (password '{}'): see README.md", DEMO_PASSWORD);
    }

    private void create(String username, String fullName, String position, String password, Set<Role> roles,
            String divisionCode) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setFullName(fullName);
        user.setPositionTitle(position);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setRoles(roles);
        if (divisionCode != null) {
            // Demo memberships start with the current fiscal year (1 October 2025 = FY 2569).
            divisions.findByCode(divisionCode).ifPresent(d -> user.assign(d, LocalDate.of(2025, 10, 1), null));
        }
        users.save(user);
    }
}

package org.itaboard.security.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.division.service.DivisionService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.service.DemoOffices;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.data.domain.Sort;
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
    private final OfficeRepository offices;
    private final DivisionService divisionService;
    private final PasswordEncoder passwordEncoder;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(AppUserRepository users, DivisionRepository divisions, OfficeRepository offices,
            DivisionService divisionService, PasswordEncoder passwordEncoder,
            @Value("${itaboard.demo.enabled:false}") boolean demo,
            @Value("${itaboard.bootstrap-admin.username:}") String adminUsername,
            @Value("${itaboard.bootstrap-admin.password:}") String adminPassword) {
        this.users = users;
        this.divisions = divisions;
        this.offices = offices;
        this.divisionService = divisionService;
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
        } else if (!adminUsername.isBlank() && adminPassword.length() >= PasswordPolicy.MIN_LENGTH) {
            // The installation's first office (migration V6) gets its administrator, who may also create offices.
            create(firstOffice(), adminUsername.trim().toLowerCase(), "ผู้ดูแลระบบ", "ผู้ดูแลระบบ", adminPassword,
                    EnumSet.of(Role.ADMIN, Role.SYSTEM_ADMIN), null);
            log.info("Created the first administrator '{}' from the environment", adminUsername);
        } else {
            log.warn("No users exist. Set ITABOARD_ADMIN_USERNAME and ITABOARD_ADMIN_PASSWORD (at least {} characters) "
                    + "to create the first administrator.", PasswordPolicy.MIN_LENGTH);
        }
    }

    /**
     * Three real offices, each with only its own reports: Wang Thonglang (the office migration V6 creates; the
     * demo users of README.md work here), Nong Chok and Khan Na Yao, each with a director and a coordinator;
     * plus the BMA's analyst and the system administrator, who belong to no office.
     */
    private void createDemoUsers() {
        Office wangThonglang = firstOffice();
        Office nongChok = demoOffice(DemoOffices.NONG_CHOK, "สำนักงานเขตหนองจอก", "Nong Chok District Office");
        Office khanNaYao = demoOffice(DemoOffices.KHAN_NA_YAO, "สำนักงานเขตคันนายาว", "Khan Na Yao District Office");
        create(wangThonglang, "director", "นายวิชัย ธรรมรักษ์", "ผู้อำนวยการเขต", EnumSet.of(Role.EXECUTIVE), null);
        create(wangThonglang, "assistant", "นางสาวพรทิพย์ ศรีสุข", "ผู้ช่วยผู้อำนวยการเขต", EnumSet.of(Role.EXECUTIVE), null);
        create(wangThonglang, "coordinator", "นางสุภาพร แก้วมณี", "หัวหน้าคณะทำงาน ITA", EnumSet.of(Role.COORDINATOR), "ADMIN");
        create(wangThonglang, "head.admin", "นายประเสริฐ บุญมา", "หัวหน้าฝ่ายปกครอง", EnumSet.of(Role.DIVISION_HEAD), "ADMIN");
        create(wangThonglang, "head.works", "นายธนากร วงศ์ใหญ่", "หัวหน้าฝ่ายโยธา", EnumSet.of(Role.DIVISION_HEAD), "PUBLIC_WORKS");
        create(wangThonglang, "head.registration", "นางอรุณี ใจงาม", "หัวหน้าฝ่ายทะเบียน", EnumSet.of(Role.DIVISION_HEAD),
                "REGISTRATION");
        create(wangThonglang, "head.finance", "นางสาวกมลวรรณ ทองดี", "หัวหน้าฝ่ายการคลัง", EnumSet.of(Role.DIVISION_HEAD),
                "FINANCE");
        create(wangThonglang, "hr", "นางสาวณัฐธิดา พรหมมา", "นักทรัพยากรบุคคลชำนาญการ", EnumSet.of(Role.HR_OFFICER), "ADMIN");
        create(wangThonglang, "admin", "นายกิตติพงษ์ สายสุวรรณ", "นักวิชาการคอมพิวเตอร์", EnumSet.of(Role.ADMIN), null);
        create(nongChok, "director.nongchok", "นายสมชาย รุ่งเรือง", "ผู้อำนวยการเขตหนองจอก", EnumSet.of(Role.EXECUTIVE), null);
        create(nongChok, "coordinator.nongchok", "นางสาววันเพ็ญ มีสุข", "หัวหน้าคณะทำงาน ITA", EnumSet.of(Role.COORDINATOR),
                "ADMIN");
        create(khanNaYao, "director.khannayao", "นางจันทร์เพ็ญ ศรีวงศ์", "ผู้อำนวยการเขตคันนายาว", EnumSet.of(Role.EXECUTIVE),
                null);
        create(khanNaYao, "coordinator.khannayao", "นายอนุชา แสงทอง", "หัวหน้าคณะทำงาน ITA", EnumSet.of(Role.COORDINATOR),
                "ADMIN");
        create(null, "bma", "นางสาวปิยะนุช กลางเมือง", "นักวิเคราะห์นโยบายและแผน กรุงเทพมหานคร", EnumSet.of(Role.BMA_ANALYST),
                null);
        create(null, "sysadmin", "นายธีระ ระบบดี", "ผู้ดูแลระบบกลาง", EnumSet.of(Role.SYSTEM_ADMIN), null);
        log.info("Demo offices and users created (password '{}'): see README.md", DEMO_PASSWORD);
    }

    private Office firstOffice() {
        return offices.findAll(Sort.by("id")).get(0);
    }

    private Office demoOffice(String code, String nameTh, String nameEn) {
        Office office = offices.findByCode(code).orElseGet(() -> offices.save(new Office(code, nameTh, nameEn)));
        OfficeAccess.asSystem(() -> divisionService.createStandardDivisions(office));
        return office;
    }

    private void create(Office office, String username, String fullName, String position, Set<Role> roles,
            String divisionCode) {
        create(office, username, fullName, position, DEMO_PASSWORD, roles, divisionCode);
    }

    private void create(Office office, String username, String fullName, String position, String password,
            Set<Role> roles, String divisionCode) {
        AppUser user = new AppUser();
        user.setOffice(office);
        user.setUsername(username);
        user.setFullName(fullName);
        user.setPositionTitle(position);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setRoles(roles);
        if (divisionCode != null) {
            // Demo memberships start with the current fiscal year (1 October 2025 = FY 2569).
            divisions.findByOfficeAndCode(office, divisionCode).ifPresent(d -> user.assign(d, LocalDate.of(2025, 10, 1), null));
        }
        users.save(user);
    }
}

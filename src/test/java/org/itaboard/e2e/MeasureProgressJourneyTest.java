package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The head of Public Works reports progress with a photo; the coordinator then sees it on the measure. */
class MeasureProgressJourneyTest extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void divisionHeadReportsProgressWithPhotoAndCoordinatorSeesIt() throws Exception {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure measure = fixtures.measure(fixtures.year(2583), "ติดตั้งป้ายขั้นตอนการขออนุญาตก่อสร้าง", "PUBLIC_WORKS");

        login("head.works", "demo1234");
        page.navigate(url("measures/" + measure.getId()));
        page.click("#add-progress");
        page.waitForSelector("#progress-text");
        page.fill("#progress-text textarea", "ติดตั้งป้ายที่จุดบริการฝ่ายโยธาแล้ว");
        page.fill("#progress-value input", "๔๐");
        page.setInputFiles("#progress-file input[type=file]", new FilePayload("sign.png", "image/png", png()));
        page.waitForSelector("#progress-file vaadin-upload-file[complete]");
        screenshot("measure-01-progress-dialog");
        page.click("#progress-save");
        assertThat(page.locator("#progress-timeline")).containsText("ติดตั้งป้ายที่จุดบริการฝ่ายโยธาแล้ว");
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        login("coordinator", "demo1234");
        page.navigate(url("measures/" + measure.getId()));
        assertThat(page.locator("#progress-timeline")).containsText("ติดตั้งป้ายที่จุดบริการฝ่ายโยธาแล้ว");
        assertThat(page.locator("#progress-timeline")).containsText("40%");
        assertThat(page.locator("#progress-timeline img")).isVisible();
        assertThat(page.locator("#evidence-gallery")).containsText("sign.png");
        screenshot("measure-02-coordinator-sees-progress");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(50, 50, 300, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package org.itaboard.reports.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.itaboard.reports.ReportFixtures;
import org.junit.jupiter.api.Test;

class PhotoBoxTest {

    @Test
    void readsTheSizeFromTheJpegFrameHeader() {
        assertThat(PhotoBox.jpegSize(ReportFixtures.jpeg(320, 240, Color.RED))).contains(new PhotoBox(320, 240));
        assertThat(PhotoBox.jpegSize(ReportFixtures.jpeg(31, 577, Color.BLUE))).contains(new PhotoBox(31, 577));
    }

    @Test
    void scalesIntoTheBoxKeepingTheShape() {
        assertThat(PhotoBox.fit(ReportFixtures.jpeg(320, 240, Color.RED), 80)).contains(new PhotoBox(80, 60));
        assertThat(PhotoBox.fit(ReportFixtures.jpeg(240, 480, Color.RED), 80)).contains(new PhotoBox(40, 80));
    }

    @Test
    void somethingThatIsNotAJpegHasNoSize() {
        byte[] jpeg = ReportFixtures.jpeg(320, 240, Color.RED);
        assertThat(PhotoBox.fit("not a photo".getBytes(StandardCharsets.UTF_8), 80)).isEmpty();
        assertThat(PhotoBox.fit(Arrays.copyOf(jpeg, 20), 80)).isEmpty();
        assertThat(PhotoBox.fit(new byte[0], 80)).isEmpty();
        assertThat(PhotoBox.fit(null, 80)).isEmpty();
    }
}

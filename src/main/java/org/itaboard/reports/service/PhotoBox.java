package org.itaboard.reports.service;

import java.util.Optional;

/**
 * A photo's size scaled to fit a square box, both reports (Excel and Word) place thumbnails with. The size is read
 * from the JPEG's frame header, not by an image reader: a report of thousands of photos reads a few bytes of each
 * instead of setting up ImageIO thousands of times.
 */
record PhotoBox(int width, int height) {

    /** The photo scaled into a {@code box} × {@code box} square, or empty when it is not a readable JPEG. */
    static Optional<PhotoBox> fit(byte[] jpeg, int box) {
        return jpegSize(jpeg).map(size -> {
            double scale = Math.min((double) box / size.width, (double) box / size.height);
            return new PhotoBox((int) Math.max(1, Math.round(size.width * scale)),
                    (int) Math.max(1, Math.round(size.height * scale)));
        });
    }

    /** Width and height from the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC). */
    static Optional<PhotoBox> jpegSize(byte[] jpeg) {
        if (jpeg == null || jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int at = 2;
        while (at + 3 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte before a marker
                at++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                at += 2;
                continue;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (at + 8 >= jpeg.length) {
                    return Optional.empty();
                }
                int height = ((jpeg[at + 5] & 0xFF) << 8) | (jpeg[at + 6] & 0xFF);
                int width = ((jpeg[at + 7] & 0xFF) << 8) | (jpeg[at + 8] & 0xFF);
                return width > 0 && height > 0 ? Optional.of(new PhotoBox(width, height)) : Optional.empty();
            }
            if (marker == 0xDA || marker == 0xD9 || length < 2) { // image data or end before any frame header
                return Optional.empty();
            }
            at += 2 + length;
        }
        return Optional.empty();
    }
}

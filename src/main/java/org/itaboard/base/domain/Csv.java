package org.itaboard.base.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal RFC 4180 reader: quoted fields may hold commas, line breaks and doubled quotes; records end
 * with CRLF, LF or CR; a leading byte-order mark is dropped. Blank lines are skipped, since
 * spreadsheet exports often end with some.
 */
public final class Csv {

    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    /**
     * @throws IllegalArgumentException when a quoted field is never closed or a quote is followed by text
     */
    public static List<List<String>> parse(Reader reader) {
        try {
            return new Parser(reader).records();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the first record as the header and returns the others as maps from column name to value
     * (in column order). Missing trailing cells read as "".
     *
     * @throws IllegalArgumentException when a record has more cells than the header
     */
    public static List<Map<String, String>> parseWithHeader(Reader reader) {
        List<List<String>> records = parse(reader);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() > header.size()) {
                throw new IllegalArgumentException("CSV record " + (r + 1) + " has " + record.size()
                        + " cells but the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < record.size() ? record.get(c) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static final class Parser {
        private final Reader in;
        private final List<List<String>> records = new ArrayList<>();
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int pushedBack = -2;

        Parser(Reader in) {
            this.in = in;
        }

        List<List<String>> records() throws IOException {
            int c = read();
            if (c == BOM) {
                c = read();
            }
            boolean inRecord = false;
            boolean atFieldStart = true;
            while (c != -1) {
                if (c == '"' && atFieldStart) {
                    readQuoted();
                    inRecord = true;
                    atFieldStart = false;
                    c = read();
                    if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                        throw new IllegalArgumentException("CSV line " + line + ": text after a closing quote");
                    }
                    continue;
                }
                if (c == ',') {
                    endField();
                    inRecord = true;
                    atFieldStart = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = read();
                        if (next != '\n') {
                            pushedBack = next;
                        }
                    }
                    endRecord(inRecord);
                    inRecord = false;
                    atFieldStart = true;
                    line++;
                } else {
                    field.append((char) c);
                    inRecord = true;
                    atFieldStart = false;
                }
                c = read();
            }
            if (inRecord) {
                endRecord(true);
            }
            return records;
        }

        private void readQuoted() throws IOException {
            int startLine = line;
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new IllegalArgumentException("CSV line " + startLine + ": quoted field is never closed");
                }
                if (c == '"') {
                    int next = read();
                    if (next != '"') {
                        pushedBack = next;
                        return;
                    }
                } else if (c == '\n') {
                    line++;
                }
                field.append((char) c);
            }
        }

        private void endField() {
            record.add(field.toString());
            field.setLength(0);
        }

        /** A line with nothing on it is skipped; {@code inRecord} is false only for such a line. */
        private void endRecord(boolean inRecord) {
            if (!inRecord) {
                return;
            }
            endField();
            records.add(List.copyOf(record));
            record = new ArrayList<>();
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }
    }
}

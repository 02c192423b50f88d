package cn.legalaidhub.adapters.commerce;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the rows of a CSV batch file. The encoding is detected: a UTF-8 byte-order mark, else UTF-8
 * when every byte sequence is valid UTF-8, else GBK (read as GB 18030, its superset), which is what
 * Excel writes on a Chinese Windows. The result file is written back in the same encoding.
 */
final class CsvBatchFile {

    /** How a CSV file is encoded: the charset and whether it starts with a UTF-8 byte-order mark. */
    record Encoding(Charset charset, boolean bom) {
        static final Encoding UTF8_BOM = new Encoding(StandardCharsets.UTF_8, true);
    }

    static final Charset GBK = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvBatchFile() {
    }

    static Encoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (Arrays.equals(head, BOM)) {
                return Encoding.UTF8_BOM;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // only checking that it decodes
            }
            return new Encoding(StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new Encoding(GBK, false);
        }
    }

    static Encoding read(Path file, RowHandler handler) throws Exception {
        Encoding encoding = detect(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (encoding.bom()) {
                in.skipNBytes(BOM.length);
            }
            Reader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
            try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
                int rowNumber = 0;
                while (rows.hasNextValue()) {
                    handler.row(++rowNumber, Arrays.asList(rows.nextValue()));
                }
            }
        }
        return encoding;
    }
}

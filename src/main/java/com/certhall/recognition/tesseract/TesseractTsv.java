package com.certhall.recognition.tesseract;

import com.certhall.recognition.OcrEngine.Word;
import java.util.ArrayList;
import java.util.List;

/** Tesseract's tsv output: one row per element, level 5 rows are words (level, page, block, par, line, word, box). */
final class TesseractTsv {

    private TesseractTsv() {
    }

    static List<Word> words(String tsv) {
        return pages(tsv, 1).get(0);
    }

    /** The words of each of {@code count} pages (images read in one run), by page; a page out of range is dropped. */
    static List<List<Word>> pages(String tsv, int count) {
        List<List<Word>> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(new ArrayList<>());
        }
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) {
                continue;
            }
            try {
                int page = count == 1 ? 0 : Integer.parseInt(f[1]) - 1;
                if (page < 0 || page >= count) {
                    continue;
                }
                pages.get(page).add(new Word(f[11].strip(), f[2] + "." + f[3] + "." + f[4], Integer.parseInt(f[6]),
                        Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Double.parseDouble(f[10])));
            } catch (NumberFormatException e) {
                // a malformed row says nothing about where a word is; the text reading stands without it
            }
        }
        return pages.stream().map(List::copyOf).toList();
    }
}

package com.certhall.recognition.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.recognition.OcrEngine.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's tsv, of one image and of several images read in one run (the names' strips). */
class TesseractTsvTests {

    static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
            + "\tconf\ttext\n";

    static String row(int page, int word, String text, double conf) {
        return "5\t" + page + "\t1\t1\t1\t" + word + "\t" + (10 * word) + "\t5\t40\t50\t" + conf + "\t" + text + "\n";
    }

    @Test
    void wordsOfSeveralImagesAreSortedByTheirPage() {
        String tsv = HEADER + "1\t1\t0\t0\t0\t0\t0\t0\t200\t100\t-1\t\n" + row(1, 1, "林", 92.6) + row(1, 2, "椅", 0)
                + row(3, 1, "林", 92.7) + row(3, 2, "磊", 0) + row(4, 1, "某", 50);
        List<List<Word>> pages = TesseractTsv.pages(tsv, 3);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).extracting(Word::text).containsExactly("林", "椅");
        assertThat(pages.get(1)).as("an image with nothing read keeps its place").isEmpty();
        assertThat(pages.get(2)).extracting(Word::text).containsExactly("林", "磊");
        assertThat(pages.get(2).get(0).confidence()).isEqualTo(92.7);
    }

    @Test
    void oneImagesWordsKeepTheirLinesAndBoxes() {
        List<Word> words = TesseractTsv.words(HEADER + row(1, 1, "法定代表人", 91) + "5\t1\tx\n" + row(1, 2, "林磊", 96));
        assertThat(words).containsExactly(new Word("法定代表人", "1.1.1", 10, 5, 40, 50, 91),
                new Word("林磊", "1.1.1", 20, 5, 40, 50, 96));
    }
}

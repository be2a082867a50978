package com.certhall.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.recognition.OcrEngine;
import com.certhall.recognition.OcrEngine.Word;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legal representative's strip is read again and the readings vote (docs/recognition.md "Names read twice"). */
class NameRereadingTests {

    static final BufferedImage PAGE = new BufferedImage(1200, 400, BufferedImage.TYPE_BYTE_GRAY);
    static final List<Word> LINE = List.of(new Word("法定", "1.1.5", 220, 200, 120, 60, 90),
            new Word("代表人", "1.1.5", 350, 190, 170, 80, 91), new Word("林", "1.1.5", 600, 200, 55, 60, 71),
            new Word("各", "1.1.5", 660, 200, 55, 60, 0), new Word("名称", "1.1.2", 220, 80, 120, 60, 95));

    /** Answers the strips with the given lines in turn and counts them. */
    static class Lines implements OcrEngine {
        final Deque<String> answers;
        final List<int[]> strips = new java.util.ArrayList<>();

        Lines(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String text(BufferedImage prepared) {
            throw new AssertionError("only strips are read again");
        }

        @Override
        public List<Word> line(BufferedImage strip) {
            strips.add(new int[] {strip.getWidth(), strip.getHeight()});
            return List.of(new Word(answers.pop(), "1.1.1", 0, 0, 10, 10, 80));
        }
    }

    @Test
    void theReadingMostStripsAgreeOnReplacesAnUnsureOne() {
        Lines engine = new Lines("林磊", "林舌", "林磊", "林椅");
        assertThat(NameRereading.reread("林各", PAGE, LINE, engine, "代表人", "负责人")).isEqualTo("林磊");
        assertThat(engine.strips).hasSize(4);
        assertThat(engine.strips.get(0)[0]).as("the strip starts right of the label").isLessThan(1200 - 520);
    }

    @Test
    void aTieGoesToTheMostConfidentAndNonNamesDoNotVote() {
        Lines engine = new Lines("林", "林磊", "某某某某某", "");
        assertThat(NameRereading.reread("林各", PAGE, LINE, engine, "代表人")).isEqualTo("林磊");
    }

    @Test
    void aSureReadingOrAMissingLabelIsLeftAlone() {
        List<Word> sure = List.of(new Word("法定代表人", "1.1.5", 220, 200, 300, 60, 93),
                new Word("林磊", "1.1.5", 600, 200, 110, 60, 96));
        Lines engine = new Lines();
        assertThat(NameRereading.reread("林磊", PAGE, sure, engine, "代表人")).isEqualTo("林磊");
        assertThat(NameRereading.reread("林各", PAGE, LINE, engine, "经营者")).isEqualTo("林各");
        assertThat(engine.strips).isEmpty();
    }

    @Test
    void theStripsAreReadInOneRunOfTheNamesModelSmallestFirst() {
        List<List<Integer>> runs = new java.util.ArrayList<>();
        Lines engine = new Lines() {
            @Override
            public List<List<Word>> names(List<BufferedImage> strips) {
                runs.add(strips.stream().map(BufferedImage::getWidth).toList());
                return strips.stream().map(s -> List.of(new Word("林磊", "1.1.1", 0, 0, 10, 10, 60))).toList();
            }
        };
        assertThat(NameRereading.reread("林各", PAGE, LINE, engine, "代表人")).isEqualTo("林磊");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).hasSize(4).isSorted();
        assertThat(engine.strips).as("no strip read alone").isEmpty();
    }
}

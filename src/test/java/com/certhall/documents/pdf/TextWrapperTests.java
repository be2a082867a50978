package com.certhall.documents.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Line breaking for mixed Chinese and Latin text, with Chinese punctuation rules. */
class TextWrapperTests {

    static PDDocument document;
    static TextWrapper wrapper;

    @BeforeAll
    static void font() throws IOException {
        document = new PDDocument();
        wrapper = new TextWrapper(new FormFont().embedInto(document));
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void keepsShortTextOnOneLine() {
        assertThat(wrapper.wrap("福州市鼓楼区", 10, 200)).containsExactly("福州市鼓楼区");
        assertThat(wrapper.wrap("", 10, 200)).containsExactly("");
    }

    @Test
    void breaksChineseBetweenCharactersWithinTheWidth() {
        List<String> lines = wrapper.wrap("福建省福州市鼓楼区五四路环球广场十八层", 10, 60);

        assertThat(String.join("", lines)).isEqualTo("福建省福州市鼓楼区五四路环球广场十八层");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(wrapper.width(line, 10)).isLessThanOrEqualTo(60));
    }

    @Test
    void breaksLatinAtSpaces() {
        List<String> lines = wrapper.wrap("Digital Certificate Service Agreement", 10, 90);

        assertThat(lines).containsExactly("Digital Certificate", "Service Agreement");
    }

    @Test
    void neverStartsALineWithClosingOrEndsOneWithOpeningPunctuation() {
        float width = wrapper.width("一二三四五", 10) + 1;

        assertThat(wrapper.wrap("一二三四五，六七", 10, width)).containsExactly("一二三四", "五，六七");
        assertThat(wrapper.wrap("一二三四（五六）", 10, width)).containsExactly("一二三四", "（五六）");
        assertThat(wrapper.wrap("一二三四五）", 10, width)).containsExactly("一二三四", "五）");
    }

    @Test
    void keepsExplicitLineBreaks() {
        assertThat(wrapper.wrap("委托事项：\n1. 机构证书", 10, 400)).containsExactly("委托事项：", "1. 机构证书");
    }
}

package com.certhall.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 价税合计 in capitals (docs/invoicing.md, "大写"): 零, 整, 角 and 分, sections 万 and 亿. */
class ChineseAmountTests {

    @ParameterizedTest(name = "{0} fen → {1}")
    @CsvSource({
            "0, 零圆整",
            "1, 壹分",
            "5, 伍分",
            "10, 壹角整",
            "50, 伍角整",
            "55, 伍角伍分",
            "100, 壹圆整",
            "102, 壹圆零贰分",
            "120, 壹圆贰角整",
            "123, 壹圆贰角叁分",
            "1000, 壹拾圆整",
            "1030, 壹拾圆叁角整",
            "1005, 壹拾圆零伍分",
            "10600, 壹佰零陆圆整",
            "50000, 伍佰圆整",
            "53000, 伍佰叁拾圆整",
            "100100, 壹仟零壹圆整",
            "101000, 壹仟零壹拾圆整",
            "110000, 壹仟壹佰圆整",
            "168032, 壹仟陆佰捌拾圆叁角贰分",
            "1000000, 壹万圆整",
            "1000100, 壹万零壹圆整",
            "1010000, 壹万零壹佰圆整",
            "10000000, 壹拾万圆整",
            "10100000, 壹拾万壹仟圆整",
            "10010000, 壹拾万零壹佰圆整",
            "10000100, 壹拾万零壹圆整",
            "123456789, 壹佰贰拾叁万肆仟伍佰陆拾柒圆捌角玖分",
            "10000000000, 壹亿圆整",
            "10000010000, 壹亿零壹佰圆整",
            "10001000000, 壹亿零壹万圆整",
            "10100000000, 壹亿零壹佰万圆整",
            "100000000000, 壹拾亿圆整",
            "100000000001, 壹拾亿圆零壹分",
            "-50000, 负伍佰圆整",
            "-102, 负壹圆零贰分"})
    void writesTheAmountInCapitals(long fen, String expected) {
        assertThat(ChineseAmount.of(fen)).isEqualTo(expected);
    }

    @Test
    void refusesWhatItCannotWrite() {
        assertThatThrownBy(() -> ChineseAmount.of(ChineseAmount.MAX_FEN + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChineseAmount.of(ChineseAmount.MAX_FEN)).startsWith("玖仟玖佰玖拾玖万").endsWith("玖角玖分");
    }
}

package com.certhall.seals;

/**
 * The kinds of seal CertHall draws (docs/seals.md "Images"), with their size in millimetres and their GB/T 38540
 * seal type (1 organisation, 2 person).
 */
public enum SealKind {
    /** 公章: round, 42 mm, the name on the upper arc around a five-pointed star. */
    OFFICIAL(42, 42, 1),
    /** 发票专用章: elliptical 40 × 30 mm, the name on the upper arc, the USCC across the middle. */
    INVOICE(40, 30, 1),
    /** 个人印章: square 20 mm, the person's name in two columns. */
    PERSONAL(20, 20, 2);

    private final int widthMm;
    private final int heightMm;
    private final int sesType;

    SealKind(int widthMm, int heightMm, int sesType) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.sesType = sesType;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    /** {@code SES_ESPropertyInfo.type}: 1 organisation seal, 2 personal seal. */
    public int sesType() {
        return sesType;
    }
}

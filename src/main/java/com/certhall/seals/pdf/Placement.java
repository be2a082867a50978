package com.certhall.seals.pdf;

/**
 * Where the seal goes: the page (0-based) and the seal's top-left corner as fractions of the page's width and height
 * from its top-left corner, as the page's drag-and-drop reports them; the seal keeps its printed size.
 */
public record Placement(int page, double left, double top) {

    /** The bottom right of the last page, for callers that name no place (CSC {@code signDoc}). */
    public static Placement lastPageCorner() {
        return new Placement(-1, 0.62, 0.70);
    }
}

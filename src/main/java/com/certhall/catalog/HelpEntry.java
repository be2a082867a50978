package com.certhall.catalog;

/** One question and answer of a channel's help (SPEC 33). */
public record HelpEntry(String question, String answer) {
}

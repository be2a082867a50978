package com.certhall.catalog;

/** One question and answer of a channel's help. */
public record HelpEntry(String question, String answer) {
}

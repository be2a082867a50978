package com.certhall.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A channel's own frequently asked questions, in one language. They are written, in Chinese and English, where all
 * questions of the site are: the help centre's (docs/help.md, "Help centre"), which implements this port; the
 * channel page and {@code GET /api/v1/channels/{code}} read them from there.
 */
public interface ChannelQuestions {

    /** The questions of {@code channelCode} in its order, in English or Chinese as {@code locale} asks. */
    List<HelpEntry> of(String channelCode, Locale locale);
}

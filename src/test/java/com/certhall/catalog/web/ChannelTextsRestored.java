package com.certhall.catalog.web;

import com.certhall.catalog.domain.ChannelTextDraft;
import com.certhall.catalog.domain.ChannelTextEditing;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps a seeded channel's texts for the tests that edit them: remembers them before each test and saves them back
 * after it, since other tests read the seeded channels. Register it as an instance field of a Spring test.
 */
final class ChannelTextsRestored implements BeforeEachCallback, AfterEachCallback {

    private final String channel;
    private ChannelTextDraft seeded;

    ChannelTextsRestored(String channel) {
        this.channel = channel;
    }

    /** The channel's texts as they were before the test. */
    ChannelTextDraft seeded() {
        return seeded;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        seeded = editing(context).page(channel).texts();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        editing(context).save(channel, seeded, "test");
    }

    private static ChannelTextEditing editing(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ChannelTextEditing.class);
    }
}

package com.certhall.catalog.sandbox;

import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.catalog.domain.ChannelTextEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the demo channels at start in the sandbox, each only if no channel with its code exists (so an admin's
 * edits survive restarts), and their English texts only if the channel has none yet.
 */
@Component
@Profile("sandbox")
class DemoChannelSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChannelSeeder.class);

    private final ChannelAdministration administration;
    private final ChannelTextEditing texts;

    DemoChannelSeeder(ChannelAdministration administration, ChannelTextEditing texts) {
        this.administration = administration;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stored = 0;
        for (DemoChannel demo : DemoChannels.all()) {
            try {
                stored += administration.seedIfAbsent(demo.settings(), demo.products()) ? 1 : 0;
            } catch (DuplicateKeyException e) {
                log.debug("Demo channel {} was stored by another node", demo.settings().code());
            }
        }
        if (stored > 0) {
            log.info("Sandbox: stored {} demo channels", stored);
        }
        DemoEnglish.all().forEach((code, english) -> {
            try {
                texts.seedEnglishIfAbsent(code, english);
            } catch (DuplicateKeyException e) {
                log.debug("English texts of demo channel {} were stored by another node", code);
            }
        });
    }
}

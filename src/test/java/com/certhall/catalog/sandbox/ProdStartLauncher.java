package com.certhall.catalog.sandbox;

import com.certhall.CertHallApplication;
import com.certhall.catalog.domain.ChannelAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The main class of the application that {@code operations.ProdStartTests} starts in a JVM of its own under the
 * prod profile. Nothing here changes the application: once it is ready, the bid-cloud channel is stored through
 * {@link ChannelAdministration}, the service behind the channel admin's pages, as an operator would set it up. Not a
 * component, so no test context picks it up.
 */
public final class ProdStartLauncher {

    static final String CHANNEL = "bid-cloud";

    private ProdStartLauncher() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(CertHallApplication.class).listeners(new ChannelSetUp()).run(args);
    }

    static final class ChannelSetUp implements ApplicationListener<ApplicationReadyEvent> {

        @Override
        public void onApplicationEvent(ApplicationReadyEvent ready) {
            DemoChannel channel = DemoChannels.all().stream().filter(c -> c.settings().code().equals(CHANNEL))
                    .findFirst().orElseThrow();
            ready.getApplicationContext().getBean(ChannelAdministration.class)
                    .seedIfAbsent(channel.settings(), channel.products());
        }
    }
}

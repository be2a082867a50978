package com.certhall.pki.ca;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Chooses the {@link SignatureEngine} as the application starts, logs it, and shows it under {@code /actuator/info}. */
@Component
class SignatureEngineInfo implements InfoContributor {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureEngineInfo.class);

    private final SignatureEngine engine;

    SignatureEngineInfo() {
        this.engine = SignatureEngine.current();
        LOG.info("ECDSA and RSA signatures: {}; SM2: Bouncy Castle", engine);
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("pki", Map.of("signatureEngine", Map.of(
                "ecdsaRsa", engine.name(), "sm2", "bouncy-castle", "reason", engine.reason())));
    }
}

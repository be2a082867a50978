package com.certhall.documents.domain;

import com.certhall.documents.provider.BlobStore;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Wires the encryption key (see {@link DocumentKeyLoader}) and the storage built on it. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    BlobCipher documentBlobCipher(Environment environment, @Value("${certhall.data-dir}") Path dataDir) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        return new BlobCipher(DocumentKeyLoader.load(environment.getProperty(DocumentKeyLoader.PROPERTY), production,
                dataDir));
    }

    @Bean
    DocumentStorage documentStorage(BlobStore blobs, BlobCipher cipher, Clock clock) {
        return new DocumentStorage(blobs, cipher, clock);
    }
}

package com.certhall.documents.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Blobs as files under {@code <data-dir>/blobs} ({@code certhall.documents.blob-store=filesystem}, the default).
 * A blob is written to a temporary file and moved into place, so a reader never sees half a blob.
 */
@Component
@ConditionalOnProperty(name = "certhall.documents.blob-store", havingValue = "filesystem", matchIfMissing = true)
class FileSystemBlobStore implements BlobStore {

    private final Path root;

    FileSystemBlobStore(@Value("${certhall.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("blobs").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                Files.write(temp, bytes);
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write blob " + key, e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    /** The file behind a key; exposed to the module's tests, which inspect what lies on disk. */
    Path pathOf(String key) {
        Path path = root.resolve(BlobStore.requireValidKey(key) + ".blob").normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("blob key escapes the store: " + key);
        }
        return path;
    }
}

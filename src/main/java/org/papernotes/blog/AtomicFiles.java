package org.papernotes.blog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers (Jekyll's watcher, git) see either the old bytes or the new ones: a temporary
 * file beside the target, then a rename over it. The temporary name starts with a dot, which Jekyll ignores.
 * Renaming replaces a symbolic link rather than writing through it, so a link cannot lead a write elsewhere.
 */
final class AtomicFiles {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    private AtomicFiles() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would end up on the post after the rename.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

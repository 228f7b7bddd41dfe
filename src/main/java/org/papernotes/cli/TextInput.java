package org.papernotes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a note from a file or standard input as strict UTF-8, so that bad bytes are refused, not mangled. */
final class TextInput {

    private TextInput() {
    }

    static String read(String source, InputStream stdin) {
        byte[] bytes;
        try {
            if (source.equals("-")) {
                bytes = stdin.readAllBytes();
            } else {
                Path path = Path.of(source);
                if (Files.isDirectory(path)) {
                    throw new CommandFailure(source + " is a folder, not a file.");
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new CommandFailure("No such file: " + source, e);
        } catch (IOException e) {
            throw new CommandFailure("Cannot read " + source + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CommandFailure((source.equals("-") ? "Standard input" : source) + " is not UTF-8 text.", e);
        }
    }
}

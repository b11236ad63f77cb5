package io.sparktune.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file the user named, read once: its bytes kept as they are (so that nothing the user wrote is
 * lost when it is copied) and its text decoded as UTF-8. A file that cannot be read is bad input: a
 * {@link SpecException} located at the file's name.
 */
public final class UserFile {

    private final Path path;
    private final byte[] bytes;

    private UserFile(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    /**
     * Reads {@code path}.
     *
     * @param what what the file should be, for messages: {@code "a study file"}
     */
    public static UserFile read(Path path, String what) {
        String where = path.toString();
        if (Files.isDirectory(path)) {
            throw SpecException.of(where, "is a folder, not " + what);
        }
        try {
            return new UserFile(path, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw SpecException.of(where, "no such file");
        } catch (AccessDeniedException e) {
            throw SpecException.of(where, "cannot be read: permission denied");
        } catch (IOException e) {
            throw SpecException.of(where, "cannot be read");
        }
    }

    public Path path() {
        return path;
    }

    /** The file's bytes, exactly as read. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's text; a file that is not UTF-8 is bad input. */
    public String text() {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw SpecException.of(path.toString(), "cannot be read: it is not UTF-8 text");
        }
    }

    /** The folder holding the file, against which relative paths written in it resolve. */
    public Path folder() {
        Path absolute = path.toAbsolutePath();
        return absolute.getParent() == null ? absolute : absolute.getParent();
    }
}

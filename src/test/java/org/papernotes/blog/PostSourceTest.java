package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PostSourceTest {

    @Test
    void splitsFrontMatterAndBodyExactly() throws PostFormatException {
        PostSource source = parse("---\ntitle: x\n---\n\nBody\n");

        assertThat(source.frontMatter()).isEqualTo("title: x\n");
        assertThat(source.body()).isEqualTo("\nBody\n");
        assertThat(PostSource.join(source.frontMatter(), source.body())).isEqualTo("---\ntitle: x\n---\n\nBody\n");
    }

    @Test
    void bodyWithoutTrailingNewlineStaysSo() throws PostFormatException {
        assertThat(parse("---\ntitle: x\n---\nlast line").body()).isEqualTo("last line");
    }

    @Test
    void fileWithoutFrontMatterIsRefused() {
        assertThatThrownBy(() -> parse("# Just Markdown\n")).hasMessageContaining("no front matter");
    }

    @Test
    void unclosedFrontMatterIsRefused() {
        assertThatThrownBy(() -> parse("---\ntitle: x\nbody\n")).hasMessageContaining("not closed");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> PostSource.parse(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void binaryFileIsRefused() {
        assertThatThrownBy(() -> PostSource.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
                .hasMessageContaining("binary");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] gbk = {'-', '-', '-', '\n', (byte) 0xD6, (byte) 0xD0, '\n', '-', '-', '-', '\n'};

        assertThatThrownBy(() -> PostSource.parse(gbk)).hasMessageContaining("UTF-8");
    }

    @Test
    void hugeFileIsRefused() {
        assertThatThrownBy(() -> PostSource.parse(new byte[PostSource.MAX_BYTES + 1])).hasMessageContaining("too large");
    }

    @Test
    void windowsLineEndsBecomeLfWithAWarning() throws PostFormatException {
        PostSource source = parse("---\r\ntitle: x\r\n---\r\nBody\r\n");

        assertThat(source.body()).isEqualTo("Body\n");
        assertThat(source.warnings()).contains(BlogMessage.of(BlogMessage.Code.CRLF_CONVERTED));
    }

    private static PostSource parse(String text) throws PostFormatException {
        return PostSource.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperPdf;

class AttachmentRepositoryTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private static ImageBytes png(String content) {
        return new ImageBytes(content.getBytes(StandardCharsets.UTF_8), "image/png", 40, 30);
    }

    private long paper(String title) {
        return temp.library().papers().insert(Paper.titled(title)).id();
    }

    private AttachmentRepository attachments() {
        return temp.library().attachments();
    }

    private long count(String table) {
        return temp.library().read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Test
    void theSameImageAddedTwiceToAPaperIsStoredOnceAndKeepsItsName() {
        long id = paper("RetNet");
        Attachment first = attachments().addImage(id, "arch.png", png("same bytes"), null, null);
        Attachment again = attachments().addImage(id, "copy-of-arch.png", png("same bytes"), null, null);

        assertThat(again).isEqualTo(first);
        assertThat(again.link()).isEqualTo("attachment:arch.png");
        assertThat(count("blobs")).isEqualTo(1);
        assertThat(attachments().images(id)).containsExactly(first);
    }

    @Test
    void theSameImageInTwoPapersIsStoredOnce() {
        long a = paper("A");
        long b = paper("B");
        Attachment inA = attachments().addImage(a, "fig.png", png("shared"), null, null);
        Attachment inB = attachments().addImage(b, "figure.png", png("shared"), null, null);

        assertThat(count("blobs")).isEqualTo(1);
        assertThat(inB.sha256()).isEqualTo(inA.sha256());
        assertThat(inB.name()).isEqualTo("figure.png");
    }

    @Test
    void anotherImageOfTheSameNameGetsANumber() {
        long id = paper("A");
        attachments().addImage(id, "image.png", png("one"), null, null);
        Attachment second = attachments().addImage(id, "image.png", png("two"), null, null);
        Attachment third = attachments().addImage(id, "image.png", png("three"), null, null);

        assertThat(second.name()).isEqualTo("image-2.png");
        assertThat(third.name()).isEqualTo("image-3.png");
        assertThat(attachments().image(id, "image-2.png")).contains(second);
    }

    @Test
    void deletingAPaperDeletesItsImagesAndKeepsThoseAnotherPaperUses() {
        long doomed = paper("doomed");
        long kept = paper("kept");
        attachments().addImage(doomed, "own.png", png("only in doomed"), png("preview"), null);
        attachments().addImage(doomed, "shared.png", png("shared"), null, null);
        Attachment shared = attachments().addImage(kept, "shared.png", png("shared"), null, null);

        temp.library().papers().delete(doomed);

        assertThat(attachments().images(doomed)).isEmpty();
        assertThat(count("blobs")).isEqualTo(1);
        assertThat(count("blob_previews")).isZero();
        assertThat(attachments().bytes(shared.sha256())).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("shared"));
    }

    @Test
    void anImageOfAPaperThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> attachments().addImage(99, "x.png", png("x"), null, null))
                .isInstanceOf(PaperNotFoundException.class);
        assertThat(count("blobs")).isZero();
    }

    @Test
    void thePreviewIsTheSmallerCopyWhenThereIsOne() {
        long id = paper("A");
        Attachment big = attachments().addImage(id, "big.png", png("large original"),
                new ImageBytes("small".getBytes(StandardCharsets.UTF_8), "image/jpeg", 16, 12), null);
        Attachment small = attachments().addImage(id, "small.png", png("small original"), null, null);

        ImageBytes shown = attachments().previewOrOriginal(big.sha256()).orElseThrow();
        assertThat(new String(shown.bytes(), StandardCharsets.UTF_8)).isEqualTo("small");
        assertThat(shown.mediaType()).isEqualTo("image/jpeg");
        assertThat(shown.width()).isEqualTo(16);
        assertThat(new String(attachments().bytes(big.sha256()).orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("large original");
        assertThat(attachments().previewOrOriginal(small.sha256()).orElseThrow().mediaType()).isEqualTo("image/png");
    }

    @Test
    void aSitePathFindsThePapersOwnImageBeforeAnotherPapers() {
        long other = paper("other");
        long own = paper("own");
        attachments().addImage(other, "fig.png", png("other's"), null, "/images/fig.png");
        Attachment mine = attachments().addImage(own, "fig.png", png("mine"), null, "/images/fig.png");

        assertThat(attachments().bySitePath("/images/fig.png", own)).contains(mine);
        assertThat(attachments().bySitePath("/images/fig.png", 12345)).get().extracting(Attachment::paperId)
                .isEqualTo(other);
        assertThat(attachments().bySitePath("/images/none.png", own)).isEmpty();
    }

    @Test
    void addingAKnownImageWithASitePathRecordsThePath() {
        long id = paper("A");
        attachments().addImage(id, "fig.png", png("fig"), null, null);
        Attachment again = attachments().addImage(id, "fig.png", png("fig"), null, "/images/fig.png");

        assertThat(again.blogPath()).isEqualTo("/images/fig.png");
        assertThat(attachments().bySitePath("/images/fig.png", id)).contains(again);
    }

    @Test
    void aLinkedPdfKeepsItsPathAndNoBytes() {
        long id = paper("A");
        PaperPdf pdf = attachments().linkPdf(id, Path.of("/papers/retnet.pdf"), 2048);

        assertThat(pdf.name()).isEqualTo("retnet.pdf");
        assertThat(pdf.path()).isEqualTo(Path.of("/papers/retnet.pdf").toAbsolutePath().toString());
        assertThat(pdf.isInLibrary()).isFalse();
        assertThat(pdf.size()).isEqualTo(2048);
        assertThat(count("blobs")).isZero();
        assertThat(attachments().pdf(id)).contains(pdf);
    }

    @Test
    void aPdfCopiedIntoTheLibraryIsStoredAndGoesWhenReplaced() {
        long id = paper("A");
        PaperPdf stored = attachments().storePdf(id, "paper.pdf", "%PDF-1.4 one".getBytes(StandardCharsets.US_ASCII));

        assertThat(stored.isInLibrary()).isTrue();
        assertThat(attachments().bytes(stored.sha256())).isPresent();

        attachments().linkPdf(id, Path.of("/elsewhere/paper.pdf"), 10);

        assertThat(attachments().pdf(id)).get().extracting(PaperPdf::isInLibrary).isEqualTo(false);
        assertThat(count("blobs")).isZero();
    }

    @Test
    void removingAStoredPdfRemovesItsBytes() {
        long id = paper("A");
        attachments().storePdf(id, "paper.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        attachments().removePdf(id);

        assertThat(attachments().pdf(id)).isEmpty();
        assertThat(count("blobs")).isZero();
    }

    @Test
    void aDuplicatedPaperHasTheSameImagesAndPdfSharingTheirBytes() {
        long id = paper("A");
        Attachment image = attachments().addImage(id, "fig.png", png("fig"), null, null);
        attachments().storePdf(id, "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        Paper copy = temp.library().papers().duplicate(id, " (copy)");
        temp.library().papers().delete(id);

        assertThat(attachments().images(copy.id())).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("fig.png");
            assertThat(a.sha256()).isEqualTo(image.sha256());
        });
        assertThat(attachments().pdf(copy.id())).get().extracting(PaperPdf::name).isEqualTo("a.pdf");
        assertThat(count("blobs")).isEqualTo(2);
    }

    @Test
    void imagesSurviveReopeningTheLibrary() {
        long id = paper("A");
        Attachment image = attachments().addImage(id, "fig.png", png("fig"), null, null);

        Library reopened = temp.reopen();

        assertThat(reopened.attachments().images(id)).containsExactly(image);
    }

    @Test
    void aPdfPathOfAnOlderLibraryBecomesItsLinkedPdf(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path file = folder.resolve("old.db");
        long id;
        // The last version before attachments: the repository writes the columns of every earlier migration.
        try (Library old = Library.open(file, Migrations.SCRIPTS.indexOf("005_attachments.sql"))) {
            id = old.papers().insert(Paper.titled("old").withPdfPath("/papers/old paper.pdf")).id();
        }
        try (Library upgraded = Library.open(file)) {
            assertThat(upgraded.attachments().pdf(id)).get().satisfies(pdf -> {
                assertThat(pdf.name()).isEqualTo("old paper.pdf");
                assertThat(pdf.path()).isEqualTo("/papers/old paper.pdf");
                assertThat(pdf.size()).isEqualTo(-1);
            });
        }
    }
    @Test
    void aPaperInTheTrashKeepsItsImagesAndPdfAndGetsThemBackWhenRestored() {
        long id = paper("A");
        Attachment image = attachments().addImage(id, "fig.png", png("only here"), null, null);
        PaperPdf pdf = attachments().storePdf(id, "paper.pdf", "%PDF-1.4 kept".getBytes(StandardCharsets.US_ASCII));

        var trashed = temp.library().trash().moveToTrash(java.util.List.of(id));

        assertThat(count("blobs")).isEqualTo(2);
        long restored = temp.library().trash().restore(java.util.List.of(trashed.get(0).trashId())).get(0);
        assertThat(attachments().images(restored)).extracting(Attachment::name).containsExactly("fig.png");
        assertThat(attachments().bytes(image.sha256())).isPresent();
        assertThat(attachments().pdf(restored)).get().extracting(PaperPdf::sha256).isEqualTo(pdf.sha256());
        assertThat(count("trash_blobs")).isZero();
    }
    @Test
    void emptyingTheTrashRemovesTheImagesOnlyItUsedAndKeepsSharedOnes() {
        long gone = paper("A");
        long kept = paper("B");
        attachments().addImage(gone, "own.png", png("own"), null, null);
        attachments().addImage(gone, "shared.png", png("shared"), null, null);
        attachments().addImage(kept, "shared.png", png("shared"), null, null);
        temp.library().trash().moveToTrash(java.util.List.of(gone));

        temp.library().trash().empty();

        assertThat(count("blobs")).isEqualTo(1);
        assertThat(attachments().images(kept)).hasSize(1);
        assertThat(count("trash_blobs")).isZero();
    }
}

package org.papernotes.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.Attachment;
import org.papernotes.model.ByteSize;
import org.papernotes.model.PaperPdf;
import org.papernotes.workflow.AttachFiles;

/** A paper's PDF and images in {@code show}'s output. */
final class AttachmentsJson {

    private AttachmentsJson() {
    }

    /**
     * Adds {@code images} (name, link, type, size, dimensions, blog path) and {@code pdfFile} to a paper's JSON, and
     * sets its {@code pdf} to the linked file's path (null for none or a copy in the library), as before.
     */
    static JsonObject withAttachments(JsonObject paper, List<Attachment> images, Optional<PaperPdf> pdf) {
        JsonArray list = new JsonArray();
        for (Attachment image : images) {
            JsonObject json = new JsonObject();
            json.addProperty("name", image.name());
            json.addProperty("link", image.link());
            json.addProperty("type", image.mediaType());
            json.addProperty("bytes", image.size());
            json.addProperty("width", image.width());
            json.addProperty("height", image.height());
            json.addProperty("blogPath", image.blogPath());
            json.addProperty("sha256", image.sha256());
            list.add(json);
        }
        paper.add("images", list);
        paper.addProperty("pdf", pdf.map(PaperPdf::path).orElse(null));
        if (pdf.isPresent()) {
            PaperPdf p = pdf.get();
            JsonObject json = new JsonObject();
            json.addProperty("name", p.name());
            json.addProperty("bytes", p.size());
            json.addProperty("path", p.path());
            json.addProperty("inLibrary", p.isInLibrary());
            json.addProperty("present", AttachFiles.isPresent(p));
            paper.add("pdfFile", json);
        } else {
            paper.add("pdfFile", com.google.gson.JsonNull.INSTANCE);
        }
        return paper;
    }

    /** One line: name, size, where it is, and whether a linked file is missing. */
    static String describe(PaperPdf pdf) {
        String size = pdf.size() >= 0 ? ByteSize.format(pdf.size()) + ", " : "";
        if (pdf.isInLibrary()) {
            return pdf.name() + " (" + size + "in the library)";
        }
        return pdf.name() + " (" + size + "linked: " + pdf.path() + ")" + (AttachFiles.isPresent(pdf) ? "" : " MISSING");
    }
}

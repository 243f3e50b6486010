package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec, accepting vectors of up to {@value #MAX_DIMENSIONS} dimensions rather than 1024: common
 * embedding models give 1536 or 3072. Only the limit checked when writing changes; the files are those of the
 * default codec, under its name, so any Lucene reads them.
 */
final class VectorCodec extends FilterCodec {

    private static final int MAX_DIMENSIONS = 4096;

    private final KnnVectorsFormat vectors = new WithMoreDimensions(delegate.knnVectorsFormat());

    VectorCodec() {
        super(Codec.getDefault().getName(), Codec.getDefault());
    }

    @Override
    public KnnVectorsFormat knnVectorsFormat() {
        return vectors;
    }

    private static final class WithMoreDimensions extends KnnVectorsFormat {

        private final KnnVectorsFormat format;

        WithMoreDimensions(KnnVectorsFormat format) {
            super(format.getName());
            this.format = format;
        }

        @Override
        public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return format.fieldsWriter(state);
        }

        @Override
        public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
            return format.fieldsReader(state);
        }

        @Override
        public int getMaxDimensions(String fieldName) {
            return MAX_DIMENSIONS;
        }
    }
}

package dev.masthead.web.cache;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Sends a {@link RenderedBody} as its bytes, never as a JSON object of them. */
@Provider
@Produces(MediaType.WILDCARD)
public class RenderedBodyWriter implements MessageBodyWriter<RenderedBody> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RenderedBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(RenderedBody body, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(body.bytes());
    }
}

package dev.masthead.web.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each API path answers and which request bodies it takes, read once from
 * the resource classes. Quarkus REST raises its 405 and 415 without them, and clients
 * need to hear what would have been accepted: RFC 9110 requires a 405 to carry Allow.
 */
final class Routes {

    private record Route(Pattern path, String method, List<String> consumes) {
    }

    private static volatile List<Route> routes;

    private Routes() {
    }

    /** The methods the path answers, HEAD and OPTIONS included where GET is; empty when unknown. */
    static Set<String> allowedMethods(String path) {
        var allowed = new TreeSet<String>();
        for (var route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    /** The media types the path takes as a body of that method, in alphabetical order; empty when none. */
    static Set<String> acceptedMediaTypes(String path, String method) {
        // Sorted: reflection hands methods over in no fixed order, and the header should not vary.
        var accepted = new TreeSet<String>();
        for (var route : routes()) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                accepted.addAll(route.consumes());
            }
        }
        return accepted;
    }

    private static List<Route> routes() {
        if (routes == null) {
            var found = new ArrayList<Route>();
            var beans = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE);
            for (var bean : beans) {
                var type = bean.getBeanClass();
                var root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    var verb = httpMethod(method);
                    if (verb == null) {
                        continue;
                    }
                    var sub = method.getAnnotation(Path.class);
                    var template = join(root.value(), sub == null ? "" : sub.value());
                    var consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    found.add(new Route(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), verb,
                            consumes == null ? List.of() : mediaTypes(consumes)));
                }
            }
            routes = found;
        }
        return routes;
    }

    /** JAX-RS lets one value list several types, comma-separated. */
    private static List<String> mediaTypes(Consumes consumes) {
        return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            var verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        var path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

package dev.masthead.web.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each API path answers, read once from the resource classes. Quarkus REST
 * raises its 405 without them, and RFC 9110 requires a 405 to carry an Allow header.
 */
final class AllowedMethods {

    private record Route(Pattern path, Set<String> methods) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods the path answers, HEAD and OPTIONS included where GET is; empty when unknown. */
    static Set<String> forPath(String path) {
        var allowed = new TreeSet<String>();
        for (var route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.addAll(route.methods());
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
                    found.add(new Route(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), Set.of(verb)));
                }
            }
            routes = found;
        }
        return routes;
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

package dev.bulwark.discover.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every page of a token-paged list call (Lightsail's pageToken, EC2's nextToken), in order. */
final class Pages {
    private Pages() {
    }

    static <R, T> List<T> all(Function<String, R> call, Function<R, List<T>> items, Function<R, String> next) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            R response = call.apply(token);
            all.addAll(items.apply(response));
            token = next.apply(response);
        } while (token != null && !token.isEmpty());
        return all;
    }
}

package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which methods an expression's call is remembered for, and which are left to the standard. */
class KnownMethodsTest {

  public static class Sample {
    public String one(Object o) {
      return "one";
    }

    public String two(String s) {
      return s;
    }

    public String two(Integer i) {
      return "i";
    }

    public String many(String... all) {
      return "";
    }
  }

  private static Optional<Method> find(Class<?> type, String name, int arity) {
    return KnownMethods.find(new KnownMethods.Key(type, name, arity));
  }

  @Test
  void theOnePublicMethodOfThatNameAndArityIsRemembered() throws Exception {
    assertThat(find(Sample.class, "one", 1)).contains(Sample.class.getMethod("one", Object.class));
    assertThat(find(String.class, "concat", 1))
        .contains(String.class.getMethod("concat", String.class));
  }

  @Test
  void aMethodOfAClassThatIsNotPublicIsCalledThroughItsPublicInterface() throws Exception {
    Class<?> immutable = List.of(1, 2, 3).getClass();
    assertThat(find(immutable, "isEmpty", 0)).contains(List.class.getMethod("isEmpty"));
  }

  @Test
  void overloadsVariadicMethodsAndWrongAritiesAreLeftToTheStandardResolver() {
    assertThat(find(Sample.class, "two", 1)).isEmpty();
    assertThat(find(Sample.class, "many", 1)).isEmpty();
    assertThat(find(Sample.class, "one", 2)).isEmpty();
    assertThat(find(Sample.class, "missing", 0)).isEmpty();
    assertThat(find(String.class, "valueOf", 1)).isEmpty();
  }
}

// ForEachField: visits every member of a plain aggregate (a struct of public members without
// bases, constructors or virtual functions) in declaration order, without naming the members,
// so that code walking a struct (the options fingerprint) cannot forget a member added later.
// The member count is found by aggregate initialization; up to kMaxAggregateFields members.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

namespace tablift::batch {

inline constexpr std::size_t kMaxAggregateFields = 12;

namespace detail {

struct AnyField {
  template <class T>
  operator T() const;  // NOLINT: converts to any member type (unevaluated only)
};

template <class T, std::size_t... I>
constexpr bool InitializableWith(std::index_sequence<I...>) {
  return requires { T{(void(I), AnyField{})...}; };
}

template <class T, std::size_t N = 0>
constexpr std::size_t FieldCount() {
  if constexpr (N < kMaxAggregateFields + 1 &&
                InitializableWith<T>(std::make_index_sequence<N + 1>{}))
    return FieldCount<T, N + 1>();
  else
    return N;
}

}  // namespace detail

template <class T>
concept Aggregate = std::is_aggregate_v<std::remove_cvref_t<T>>;

// The number of members of T; a compile error past kMaxAggregateFields (extend the list below).
template <Aggregate T>
constexpr std::size_t FieldCount() {
  constexpr std::size_t n = detail::FieldCount<std::remove_cvref_t<T>>();
  static_assert(n <= kMaxAggregateFields, "extend ForEachField for more members");
  return n;
}

// Calls f(member) for each member of t, in order.
template <Aggregate T, class F>
void ForEachField(T&& t, F&& f) {
  constexpr std::size_t n = FieldCount<T>();
  // clang-format off
  if constexpr (n == 0) {
  } else if constexpr (n == 1) { auto& [a] = t; f(a);
  } else if constexpr (n == 2) { auto& [a, b] = t; f(a); f(b);
  } else if constexpr (n == 3) { auto& [a, b, c] = t; f(a); f(b); f(c);
  } else if constexpr (n == 4) { auto& [a, b, c, d] = t; f(a); f(b); f(c); f(d);
  } else if constexpr (n == 5) { auto& [a, b, c, d, e] = t; f(a); f(b); f(c); f(d); f(e);
  } else if constexpr (n == 6) {
    auto& [a, b, c, d, e, g] = t; f(a); f(b); f(c); f(d); f(e); f(g);
  } else if constexpr (n == 7) {
    auto& [a, b, c, d, e, g, h] = t; f(a); f(b); f(c); f(d); f(e); f(g); f(h);
  } else if constexpr (n == 8) {
    auto& [a, b, c, d, e, g, h, i] = t; f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i);
  } else if constexpr (n == 9) {
    auto& [a, b, c, d, e, g, h, i, j] = t;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j);
  } else if constexpr (n == 10) {
    auto& [a, b, c, d, e, g, h, i, j, k] = t;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j); f(k);
  } else if constexpr (n == 11) {
    auto& [a, b, c, d, e, g, h, i, j, k, l] = t;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j); f(k); f(l);
  } else if constexpr (n == 12) {
    auto& [a, b, c, d, e, g, h, i, j, k, l, m] = t;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j); f(k); f(l); f(m);
  }
  // clang-format on
}

}  // namespace tablift::batch

#include "cli/inert_output.hpp"

#include <fmt/format.h>

namespace socready::cli {

namespace {

// Bytes written as they are, in runs: everything but C0 controls (tab and LF aside), CR, DEL
// and 0xC2, the lead byte of C1 controls.
bool plain(unsigned char b) {
  if (b < 0x20) return b == '\t' || b == '\n';
  return b != 0x7f && b != 0xc2;
}

}  // namespace

void InertBuffer::escape(unsigned code) {
  const auto text = fmt::format("\\u{:04X}", code);
  target_.sputn(text.data(), static_cast<std::streamsize>(text.size()));
}

void InertBuffer::put(unsigned char b) {
  if (held_ == '\r') {
    held_ = 0;
    if (b == '\n') {
      target_.sputn("\r\n", 2);
      return;
    }
    escape('\r');  // a lone CR would move the cursor back over what was printed
  } else if (held_ == 0xc2) {
    held_ = 0;
    if (b >= 0x80 && b < 0xa0) {
      escape(b);
      return;
    }
    target_.sputc(static_cast<char>(0xc2));
  }
  if (b == '\r' || b == 0xc2)
    held_ = b;
  else if (plain(b))
    target_.sputc(static_cast<char>(b));
  else
    escape(b);
}

std::streamsize InertBuffer::xsputn(const char* s, std::streamsize n) {
  std::streamsize i = 0;
  while (i < n) {
    if (held_ == 0) {
      std::streamsize run = i;
      while (run < n && plain(static_cast<unsigned char>(s[run]))) ++run;
      if (run > i) target_.sputn(s + i, run - i);
      i = run;
      if (i == n) break;
    }
    put(static_cast<unsigned char>(s[i++]));
  }
  return n;
}

InertBuffer::int_type InertBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  put(static_cast<unsigned char>(traits_type::to_char_type(c)));
  return c;
}

int InertBuffer::sync() { return target_.pubsync(); }

void InertBuffer::finish() {
  if (held_ == '\r') escape('\r');
  if (held_ == 0xc2) target_.sputc(static_cast<char>(0xc2));
  held_ = 0;
  target_.pubsync();
}

}  // namespace socready::cli

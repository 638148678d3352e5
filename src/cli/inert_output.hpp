#pragma once
// Terminal output that cannot drive the terminal: text from users (names, product lines,
// reasons, old data imported before control characters were refused) may hold ESC, BEL,
// backspace or C1 controls, which would clear the screen, set the window title or write the
// clipboard. Everything socready prints goes through this buffer, which writes each such
// character as the text `\u001B` (valid inside a JSON string too) and passes tab, line feed
// and CR LF through.

#include <streambuf>

namespace socready::cli {

class InertBuffer final : public std::streambuf {
 public:
  explicit InertBuffer(std::streambuf& target) : target_(target) {}
  ~InertBuffer() override { finish(); }
  InertBuffer(const InertBuffer&) = delete;
  InertBuffer& operator=(const InertBuffer&) = delete;

  // Writes what is held back (a CR or the first byte of a C1 control) as the output ends.
  void finish();

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  void put(unsigned char b);
  void escape(unsigned code);

  std::streambuf& target_;
  // A CR (text only when an LF follows) or 0xC2 (a C1 control when 0x80..0x9F follows).
  unsigned char held_ = 0;
};

}  // namespace socready::cli

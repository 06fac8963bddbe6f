#include "zip_fixture.h"

#include <zip.h>

#include <stdexcept>

namespace tablift::cli_test {
namespace {

void Check(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string("libzip: ") + what);
}

std::string ReadBack(zip_source_t* src) {
  Check(zip_source_open(src) == 0, "open source");
  Check(zip_source_seek(src, 0, SEEK_END) == 0, "seek");
  const zip_int64_t size = zip_source_tell(src);
  Check(zip_source_seek(src, 0, SEEK_SET) == 0, "seek");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  Check(zip_source_read(src, bytes.data(), size) == size, "read");
  zip_source_close(src);
  return bytes;
}

}  // namespace

std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  Check(src != nullptr, "buffer");
  zip_source_keep(src);
  zip_t* archive = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  Check(archive != nullptr, "open");
  for (const auto& [name, content] : entries) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    Check(data && zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8) >= 0, "add");
  }
  Check(zip_close(archive) == 0, "close");
  std::string bytes = ReadBack(src);
  zip_source_free(src);
  return bytes;
}

std::string MakeDocx(const std::string& body_xml) {
  const std::string content_types =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
      R"(</Types>)";
  const std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
      R"(</Relationships>)";
  const std::string document =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:body>)" +
      body_xml + R"(</w:body></w:document>)";
  return MakeZip({{"[Content_Types].xml", content_types},
                  {"_rels/.rels", rels},
                  {"word/document.xml", document}});
}

}  // namespace tablift::cli_test

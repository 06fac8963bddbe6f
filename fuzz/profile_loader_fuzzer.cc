// Fuzz target profile_loader: the input is a profile's JSON text for ParseProfile. A profile that
// loads is then matched against and applied to a small fixed table, since loading promises that
// applying can never fail for the profile's sake (profiles/profile.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "core/record.h"
#include "fuzz/fuzz_support.h"
#include "profiles/profile.h"

namespace {

tablift::RecordTable SampleTable() {
  tablift::RecordTable t;
  t.index = 1;
  t.caption = "Tabel 1. Aanbevelingen";
  t.method = "docx";
  t.columns = {{"aanbeveling", "Aanbeveling (nr. + tekst)"},
               {"verantwoordelijk", "Verantwoordelijk land/ ministerie"},
               {"stand", "Huidige stand van zaken"}};
  t.sections = {{"Artikel 1", 0}};
  t.records.push_back(
      {"Artikel 1", {"12a. De regering", "KNL/ BZK, NL (OCW)", "Lopend"}, {1, {2}, {}}});
  t.records.push_back({"Artikel 1", {"13) x", "AUA, CUR", ""}, {1, {3}, {}}});
  t.records.push_back({std::nullopt, {"", "\xC3\xA9\xE2\x80\xA2 1", "12"}, {1, {4}, {}}});
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tablift::RecordTable table = SampleTable();
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const tablift::Profile profile = tablift::ParseProfile(text, "<fuzz>");
    (void)tablift::ProfileMatches(profile, table);
    (void)tablift::ApplyProfile(profile, table);
  } catch (const tablift::Error& e) {
    tablift::fuzz::Require(e.code() == tablift::ExitCode::kBadProfile,
                           std::string("profile error with the wrong code: ") + e.what());
  }
  return 0;
}

#include "tablift/convert.h"

#include <utility>

#include "api/profile_choice.h"
#include "normalizer/normalizer.h"

namespace tablift {

Converter::Converter(ConversionOptions options)
    : options_(std::move(options)),
      profile_(std::make_unique<const ProfileChoice>(options_.profile)) {
  options_.metadata.requested_profile = options_.profile;
}

Converter::~Converter() = default;
Converter::Converter(Converter&&) noexcept = default;
Converter& Converter::operator=(Converter&&) noexcept = default;

ExportDocument Converter::Convert(const std::string& path) const {
  return Convert(LoadDocument(path, options_.extract));
}

ExportDocument Converter::Convert(const Source& source) const {
  return Convert(LoadDocument(source, options_.extract));
}

ExportDocument Converter::Convert(const Document& doc) const {
  ExportDocument out = NormalizeDocument(
      doc, options_.keep_grids, {.max_output_bytes = options_.extract.limits.max_output_bytes});
  if (profile_->enabled()) {
    ApplyProfiles(out, *profile_, options_.metadata);
  } else {  // the generic export still carries --meta (its requested_profile stays "")
    out.metadata.meta = options_.metadata.meta;
    out.metadata.created = options_.metadata.created;
  }
  return out;
}

ExportDocument Convert(const std::string& path, const ConversionOptions& options) {
  return Converter(options).Convert(path);
}

}  // namespace tablift

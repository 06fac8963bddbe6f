#include "extractors/docx/docx_extractor.h"

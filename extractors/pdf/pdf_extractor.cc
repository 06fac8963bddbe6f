#include "extractors/pdf/pdf_extractor.h"

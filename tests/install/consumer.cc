// A program using the installed tablift: prints the number of records of the document.
#include <tablift/convert.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const tablift::ExportDocument doc = tablift::Convert(argv[1]);
  std::size_t records = 0;
  for (const tablift::RecordTable& t : doc.tables) records += t.records.size();
  std::printf("%zu\n", records);
}

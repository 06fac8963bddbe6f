// libxml2 helpers for the XML exporter tests: parse without network or entity substitution,
// validate against the shipped XSD, and walk the tree. Header-only.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <memory>
#include <string>
#include <vector>

namespace tablift::testing {

struct XmlDocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

inline void CollectError(void* user, xmlErrorPtr error) {
  auto* out = static_cast<std::string*>(user);
  *out += error && error->message ? error->message : "unknown error\n";
}

// Parses with XML_PARSE_NONET and without XML_PARSE_NOENT (no entity substitution). Appends
// parse errors to `errors`; returns null when the text is not well-formed.
inline XmlDocPtr ParseXml(const std::string& xml, std::string& errors) {
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  xmlSetStructuredErrorFunc(&errors, CollectError);
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), "export.xml",
                                  nullptr, XML_PARSE_NONET));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeParserCtxt(ctxt);
  if (!doc && errors.empty()) errors = "not well-formed";
  return doc;
}

// Validates against exporters/tablift-export-1.xsd; returns "" when valid, else the errors.
inline std::string ValidateXml(const std::string& xml) {
  std::string errors;
  XmlDocPtr doc = ParseXml(xml, errors);
  if (!doc) return errors;
  const std::string xsd = TABLIFT_SOURCE_DIR "/exporters/tablift-export-1.xsd";
  xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(xsd.c_str());
  xmlSchemaPtr schema = xmlSchemaParse(pctxt);
  xmlSchemaFreeParserCtxt(pctxt);
  if (!schema) return "cannot load " + xsd;
  xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
  xmlSchemaSetValidStructuredErrors(vctxt, CollectError, &errors);
  const int rc = xmlSchemaValidateDoc(vctxt, doc.get());
  xmlSchemaFreeValidCtxt(vctxt);
  xmlSchemaFree(schema);
  if (rc != 0 && errors.empty()) errors = "invalid (code " + std::to_string(rc) + ")";
  return errors;
}

// Element children of `node` with local name `name`.
inline std::vector<xmlNode*> Children(const xmlNode* node, const char* name) {
  std::vector<xmlNode*> out;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST name)) out.push_back(c);
  }
  return out;
}

inline xmlNode* Child(const xmlNode* node, const char* name) {
  auto all = Children(node, name);
  return all.empty() ? nullptr : all.front();
}

inline std::string TakeXmlString(xmlChar* s) {
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

inline bool HasAttr(const xmlNode* node, const char* name) {
  return xmlHasProp(node, BAD_CAST name) != nullptr;
}

inline std::string Attr(const xmlNode* node, const char* name) {
  return TakeXmlString(xmlGetProp(node, BAD_CAST name));
}

inline std::string Content(const xmlNode* node) { return TakeXmlString(xmlNodeGetContent(node)); }

}  // namespace tablift::testing

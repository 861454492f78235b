"""Safe access to an OOXML package (.docx/.docm/.dotx).

Interface (the docx reader depends on exactly this):

    open_package(path) -> Package          raises kiemtra_lint.errors.InputError
    Package.path: str
    Package.main_part: str                 e.g. "word/document.xml", found through _rels/.rels
    Package.related_part(source_part, kind) -> str | None
        kind is the last segment of the relationship type URI:
        "footnotes", "endnotes", "numbering", "styles", "comments", "settings"
    Package.xml(part_name) -> lxml root element | None   (None when the part is absent)
    Package.close()  / context manager
    parse_xml(data: bytes, what: str) -> root   safe parser (no DTD, no entities, no network)

Also: ``Package.names`` (the part names, without a leading "/"), ``Package.name``
(the file's base name, the prefix of every message) and ``Package.read(part)``
(the raw bytes of a part, under the same limits as ``xml``).

Every failure is an :class:`~kiemtra_lint.errors.InputError` whose Vietnamese
message starts with the file's name ("du-thao.docx: không đọc được: ..."), never
another exception type. Nothing is ever written to the input file.

Safety, in the order the checks run:

* the first bytes tell an old binary .doc, a password-protected .docx (both OLE2
  compound files), a PDF or an RTF from a ZIP package;
* the ZIP end-of-central-directory record is read by hand before ``zipfile`` sees the
  file, so a truncated file gets its own message and an archive declaring an absurd
  number of entries or a huge central directory is refused before any allocation;
* a part is inflated only when asked for, after its declared size and compression ratio
  have passed the limits below, and then in chunks under a hard limit (a header can lie);
  only the two compression methods OPC allows (stored, deflate) are accepted, so the
  unbounded bzip2/lzma decoders in ``zipfile`` are never reached;
* XML is parsed without DTD loading, entity expansion or network access, and any part
  with a DOCTYPE is refused (billion laughs, XXE).

The limits are module constants so tests (and a cautious deployment) can lower them.
"""

from __future__ import annotations

import mmap
import os
import posixpath
import struct
import zipfile
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..errors import InputError, PartError
from ..files import display_path, open_regular

# ---------------------------------------------------------------------------
# Limits. A 400-page report has a document.xml of about 20 MB that deflates about
# 10:1; the limits leave an order of magnitude of headroom above that.

#: Largest inflated size of one part (declared and actually read): a 400-page draft's
#: document.xml is about 10 MB.
MAX_PART_SIZE = 64 * 1024 * 1024
#: Largest number of XML elements in one part (counted from its bytes before parsing): a
#: 400-page draft has about 310,000; each costs lxml memory and the walker time.
MAX_ELEMENTS = 1_500_000
#: Largest inflated total of all parts read through one Package.
MAX_TOTAL_SIZE = 512 * 1024 * 1024
#: Largest declared compression ratio (inflated / compressed) ...
MAX_RATIO = 200
#: ... for parts whose declared inflated size is above this (small parts may compress
#: better than that legitimately and cannot do harm).
RATIO_MIN_SIZE = 10 * 1024 * 1024
#: Largest number of entries in the ZIP central directory (a big report has a few hundred).
MAX_ENTRIES = 50_000
#: Largest ZIP central directory, in bytes (zipfile reads it whole into memory).
MAX_CENTRAL_DIR = 64 * 1024 * 1024
#: How far into a part to look for a DOCTYPE before parsing.
DOCTYPE_SCAN_BYTES = 4096
#: Chunk size of the streaming read.
READ_CHUNK = 4 * 1024 * 1024

OFFICE_DOCUMENT_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)

# Strict Open XML (ISO/IEC 29500 Strict) names the same elements in other namespaces: a part
# is read with them mapped to the Transitional ones the readers know, or a Strict draft
# would be read as empty and pass.
STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main":
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/officeDocument/math": b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    b"http://purl.oclc.org/ooxml/drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
_STRICT_MARK = b"http://purl.oclc.org/ooxml/"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_LOCAL = b"PK\x03\x04"
_EOCD_SIG = b"PK\x05\x06"
_EOCD64_LOC_SIG = b"PK\x06\x07"
_EOCD64_SIG = b"PK\x06\x06"
_ALLOWED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_DOCTYPE_MARKS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


# ---------------------------------------------------------------------------
# Messages


def _fail(name: str, vi: str, en: str, code: str = "KT001", error: type[InputError] = InputError) -> InputError:
    return error(f"{name}: không đọc được: {vi}", f"{name}: cannot read: {en}", code)


def _size(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return f"{n} B"


def _bomb(name: str, part: str, vi: str, en: str) -> InputError:
    return _fail(
        name,
        f"có phần nén bất thường (zip bomb?): {part} {vi}",
        f"abnormally compressed part (zip bomb?): {part} {en}",
    )


def _exc_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# ---------------------------------------------------------------------------
# XML


def _parser() -> etree.XMLParser:
    # One per call: lxml parsers must not be shared between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_blank_text=False,
        collect_ids=False,
    )


def parse_xml(data: bytes, what: str, part: str | None = None):
    """Parse ``data`` safely and return the root element.

    ``what`` names the file (the prefix of the message); ``part``, when given, the part
    inside it. Raises InputError for an empty part, malformed XML or any DOCTYPE.
    """
    where_vi = f"phần {part} " if part else ""
    where_en = f"part {part} " if part else ""
    if not data or not data.strip():
        raise _fail(what, f"{where_vi}trống", f"{where_en}is empty", error=PartError)
    head = data[:DOCTYPE_SCAN_BYTES].upper()
    if any(mark in head for mark in _DOCTYPE_MARKS):
        raise _doctype(what, where_vi, where_en)
    elements = data.count(b"<") - data.count(b"</")  # at least the start and empty tags
    if elements > MAX_ELEMENTS:
        raise _fail(what, f"{where_vi}có quá nhiều phần tử XML (khoảng {elements:,}; giới hạn {MAX_ELEMENTS:,})"
                    .replace(",", "."), f"{where_en}has too many XML elements (about {elements:,}; "
                                        f"limit {MAX_ELEMENTS:,})")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        # libxml2 itself refuses some entity bombs (amplification limit) whose DOCTYPE sits
        # beyond the scan above; name the DOCTYPE, the real cause, rather than the symptom.
        # A literal "<!DOCTYPE" cannot occur in well-formed element content (it would be &lt;).
        if any(mark in data for mark in _DOCTYPE_MARKS):
            raise _doctype(what, where_vi, where_en) from None
        line = f"dòng {exc.lineno}: " if exc.lineno else ""
        line_en = f"line {exc.lineno}: " if exc.lineno else ""
        msg = exc.msg or str(exc)
        if "Excessive depth" in msg:
            raise _fail(what, f"{where_vi}lồng nhau quá sâu (hơn 2.048 cấp: bảng trong bảng, liên kết trong liên kết)",
                        f"{where_en}is nested too deeply (more than 2,048 levels)") from None
        raise _fail(
            what, f"{where_vi}không phải XML hợp lệ ({line}{msg})", f"{where_en}is not well-formed XML ({line_en}{msg})",
            error=PartError) from None
    except Exception as exc:  # lxml can raise other LxmlError/ValueError on odd input
        raise _fail(
            what, f"{where_vi}không phải XML hợp lệ ({_exc_text(exc)})", f"{where_en}is not well-formed XML ({_exc_text(exc)})",
            error=PartError) from None
    if root is None:
        raise _fail(what, f"{where_vi}trống", f"{where_en}is empty", error=PartError)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype(what, where_vi, where_en)
    return root


def _doctype(what: str, where_vi: str, where_en: str) -> InputError:
    return _fail(
        what,
        f"{where_vi}chứa khai báo DOCTYPE, không được phép trong .docx",
        f"{where_en}contains a DOCTYPE declaration, which is not allowed in .docx",
    )


# ---------------------------------------------------------------------------
# Sniffing the file before zipfile sees it


def _sniff_ole(name: str, fh, size: int) -> InputError:
    """An OLE2 compound file: an old .doc, an encrypted OOXML package, or something else."""
    try:
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            encrypted = any(
                mm.find(s.encode("utf-16-le")) >= 0 for s in ("EncryptedPackage", "EncryptionInfo")
            )
            word = not encrypted and mm.find("WordDocument".encode("utf-16-le")) >= 0
    except (OSError, ValueError):
        encrypted = word = False
    if encrypted:
        return _fail(
            name,
            "tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại",
            "the file is password-protected; remove the password and check it again",
            "KT002",
        )
    if word:
        return _fail(
            name,
            "là tệp Word 97-2003 (.doc); hãy lưu lại dưới dạng .docx",
            "this is a Word 97-2003 file (.doc); save it again as .docx",
            "KT002",
        )
    return _fail(
        name,
        "là tệp Office cũ (định dạng OLE2), không phải .docx; hãy mở trong Word và lưu lại dưới dạng .docx",
        "this is an old Office file (OLE2 format), not a .docx; open it in Word and save it as .docx",
        "KT002",
    )


def _end_record(fh, size: int) -> tuple[int, int] | None:
    """(entries, central directory size) from the end-of-central-directory record, or None.

    Mirrors zipfile's own search (the last signature in the final 64 KB + 22 bytes).
    """
    tail_len = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or len(tail) - pos < 22:
        return None
    _sig, _disk, _cd_disk, _n_disk, entries, cd_size, _cd_off, _clen = struct.unpack("<4s4H2LH", tail[pos : pos + 22])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or _cd_off == 0xFFFFFFFF:
        loc_at = size - tail_len + pos - 20
        rec_at = loc_at - 56
        if rec_at >= 0:
            fh.seek(rec_at)
            blob = fh.read(76)
            if blob[56:60] == _EOCD64_LOC_SIG and blob[:4] == _EOCD64_SIG:
                fields = struct.unpack("<4sQ2H2L4Q", blob[:56])
                entries, cd_size = fields[7], fields[8]
    return entries, cd_size


def _not_zip(name: str, head: bytes) -> InputError:
    if head.startswith(b"%PDF"):
        return _fail(
            name,
            "là tệp PDF, không phải tệp .docx hợp lệ (không phải gói ZIP)",
            "this is a PDF file, not a valid .docx (not a ZIP package)",
        )
    if head.startswith(b"{\\rtf"):
        return _fail(
            name,
            "là tệp RTF, không phải tệp .docx hợp lệ (không phải gói ZIP); hãy lưu lại dưới dạng .docx",
            "this is an RTF file, not a valid .docx (not a ZIP package); save it again as .docx",
        )
    return _fail(
        name,
        "không phải tệp .docx hợp lệ (không phải gói ZIP)",
        "not a valid .docx file (not a ZIP package)",
    )


def _part_key(name: str) -> str | None:
    """The case-folded part name for a ZIP entry name; None for directories and unsafe names."""
    name = name.replace("\\", "/").lstrip("/")
    if not name or name.endswith("/"):
        return None
    segments = name.split("/")
    if any(s in ("", ".", "..") for s in segments):
        return None
    return name.lower()


# ---------------------------------------------------------------------------
# The package


class Package:
    """An opened OOXML package; see the module docstring."""

    def __init__(self, path: str, name: str, fh, zf: zipfile.ZipFile):
        self.path = path
        self.name = name
        self._fh = fh
        self._zip = zf
        self._parts: dict[str, tuple[str, zipfile.ZipInfo]] = {}
        self._rels: dict[str, list[tuple[str, str]]] = {}
        self._inflated = 0
        self.main_part = ""
        self.strict = False  # a part was read in Strict Open XML (mapped to Transitional)

    # -- setup ------------------------------------------------------------

    def _index(self) -> None:
        for info in self._zip.infolist():
            key = _part_key(info.filename)
            if key is None:
                continue
            if key in self._parts:
                raise _fail(
                    self.name,
                    f"gói ZIP có hai phần cùng tên “{info.filename}” (tệp bị hỏng hoặc bị sửa bất thường)",
                    f"the ZIP package has two parts named “{info.filename}” (damaged or tampered file)",
                )
            self._parts[key] = (info.filename.replace("\\", "/").lstrip("/"), info)
        if "[content_types].xml" not in self._parts:
            raise _fail(
                self.name,
                "thiếu [Content_Types].xml, không phải gói Office Open XML (.docx)",
                "[Content_Types].xml is missing; not an Office Open XML package (.docx)",
            )
        self.main_part = self._find_main_part()
        self._check_declared(self.main_part)

    def _find_main_part(self) -> str:
        main = None
        if self._lookup("_rels/.rels") is not None:
            rels = self._relationships("")
            for rtype, target in rels:
                if rtype in OFFICE_DOCUMENT_TYPES:
                    main = target
                    break
            else:
                for rtype, target in rels:
                    if rtype.rsplit("/", 1)[-1] == "officeDocument":
                        main = target
                        break
        if main is not None:
            found = self._lookup(main)
            if found is None:
                raise _fail(
                    self.name,
                    f"thiếu phần nội dung chính {main} (được khai báo trong _rels/.rels)",
                    f"the main document part {main} (named in _rels/.rels) is missing",
                )
        else:
            found = self._lookup("word/document.xml")
            if found is None:
                raise _fail(
                    self.name,
                    "thiếu phần nội dung chính word/document.xml",
                    "the main document part word/document.xml is missing",
                )
        if found.lower() == "[content_types].xml" or found.lower().endswith(".rels"):
            raise _fail(
                self.name,
                f"phần nội dung chính được khai báo là {found}, không phải một văn bản Word (tệp bị hỏng hoặc bị sửa)",
                f"the main document part is declared as {found}, not a Word document (damaged or tampered file)",
            )
        top = found.split("/", 1)[0].lower()
        if top in ("xl", "ppt"):
            kind = "Excel (.xlsx)" if top == "xl" else "PowerPoint (.pptx)"
            raise _fail(
                self.name,
                f"là tệp {kind}, không phải tệp Word .docx",
                f"this is a {kind} file, not a Word .docx",
                "KT002",
            )
        return found

    # -- public -------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [name for name, _info in self._parts.values()]

    def related_part(self, source_part: str, kind: str) -> str | None:
        """The first part related to ``source_part`` by a relationship of type ``kind``.

        ``kind`` is the last segment of the type URI ("footnotes", "styles", "header"...);
        ``source_part`` "" means the package itself. External targets, targets outside the
        package and targets missing from it are skipped.
        """
        for rtype, target in self._relationships(source_part):
            if rtype.rsplit("/", 1)[-1] == kind:
                found = self._lookup(target)
                if found is not None:
                    return found
        return None

    def read(self, part_name: str) -> bytes | None:
        """The inflated bytes of a part, or None when absent; limits as for ``xml``."""
        part = self._lookup(part_name)
        if part is None:
            return None
        info = self._check_declared(part)
        return self._inflate(part, info)

    def xml(self, part_name: str):
        """The root element of an XML part, or None when the part is absent."""
        data = self.read(part_name)
        if data is None:
            return None
        if _STRICT_MARK in data[:DOCTYPE_SCAN_BYTES]:
            for strict, transitional in STRICT_NAMESPACES.items():
                for quote in (b'"', b"'"):
                    data = data.replace(quote + strict + quote, quote + transitional + quote)
            self.strict = True
        return parse_xml(data, self.name, self._lookup(part_name))

    def close(self) -> None:
        try:
            self._zip.close()
        finally:
            self._fh.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Package({self.path!r}, main_part={self.main_part!r})"

    # -- internals ------------------------------------------------------------

    def _lookup(self, part_name: str) -> str | None:
        key = _part_key(part_name or "")
        if key is None:
            return None
        hit = self._parts.get(key)
        return hit[0] if hit else None

    def _relationships(self, source_part: str) -> list[tuple[str, str]]:
        """(type, resolved target) of the internal relationships of ``source_part``."""
        source = (source_part or "").replace("\\", "/").lstrip("/")
        if source in self._rels:
            return self._rels[source]
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        out: list[tuple[str, str]] = []
        root = self.xml(rels_name)
        if root is not None:
            for rel in root.iter():
                if not isinstance(rel.tag, str) or etree.QName(rel).localname != "Relationship":
                    continue
                if (rel.get("TargetMode") or "").lower() == "external":
                    continue
                rtype, target = (rel.get("Type") or "").strip(), rel.get("Target")
                resolved = _resolve(folder, target)
                if rtype and resolved:
                    out.append((rtype, resolved))
        self._rels[source] = out
        return out

    def _check_declared(self, part: str) -> zipfile.ZipInfo:
        """Refuse a part on its ZIP header, before inflating anything."""
        info = self._parts[part.lower()][1]
        if info.flag_bits & 0x1:
            raise _fail(
                self.name,
                f"phần {part} được mã hóa; tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại",
                f"part {part} is encrypted; the file is password-protected; remove the password and check it again",
                "KT002",
            )
        if info.compress_type not in _ALLOWED_COMPRESSION:
            raise _fail(
                self.name,
                f"phần {part} dùng phương thức nén không được hỗ trợ (mã {info.compress_type}); "
                "hãy mở trong Word và lưu lại",
                f"part {part} uses an unsupported compression method ({info.compress_type}); "
                "open it in Word and save it again",
            )
        size, packed = info.file_size, info.compress_size
        if size > MAX_PART_SIZE:
            raise _bomb(
                self.name, part,
                f"khai báo {_size(size)} khi giải nén, vượt giới hạn {_size(MAX_PART_SIZE)}",
                f"declares {_size(size)} inflated, above the limit of {_size(MAX_PART_SIZE)}",
            )
        if self._inflated + size > MAX_TOTAL_SIZE:
            raise _bomb(
                self.name, part,
                f"làm tổng dung lượng giải nén vượt giới hạn {_size(MAX_TOTAL_SIZE)}",
                f"brings the total inflated size above the limit of {_size(MAX_TOTAL_SIZE)}",
            )
        if size > RATIO_MIN_SIZE and size > MAX_RATIO * max(packed, 1):
            raise _bomb(
                self.name, part,
                f"có tỉ lệ nén {size // max(packed, 1)}:1, vượt giới hạn {MAX_RATIO}:1",
                f"has a compression ratio of {size // max(packed, 1)}:1, above the limit of {MAX_RATIO}:1",
            )
        return info

    def _inflate(self, part: str, info: zipfile.ZipInfo) -> bytes:
        """Inflate in chunks under a hard limit; zipfile itself stops at the declared size."""
        limit = min(MAX_PART_SIZE, MAX_TOTAL_SIZE - self._inflated)
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(READ_CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit:
                        raise _bomb(
                            self.name, part,
                            f"giải nén ra hơn {_size(limit)}",
                            f"inflates to more than {_size(limit)}",
                        )
                    chunks.append(chunk)
        except InputError:
            raise
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
            raise _fail(
                self.name,
                f"phần {part} được mã hóa; tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại",
                f"part {part} is encrypted ({exc}); remove the password and check it again",
                "KT002",
            ) from None
        except Exception as exc:  # BadZipFile (bad CRC, bad header), zlib.error, EOFError, OSError
            raise _fail(
                self.name,
                f"phần {part} bị hỏng, không giải nén được ({_exc_text(exc)})",
                f"part {part} is damaged and cannot be inflated ({_exc_text(exc)})",
                error=PartError,
            ) from None
        self._inflated += got
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _resolve(folder: str, target: str | None) -> str | None:
    """A relationship target resolved against the source part's folder, or None."""
    if not target:
        return None
    target = target.strip().replace("\\", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if not path:
        return None
    if path.startswith("/"):
        resolved = posixpath.normpath(path.lstrip("/"))
    else:
        resolved = posixpath.normpath(posixpath.join(folder, path))
    if resolved in (".", "") or resolved == ".." or resolved.startswith("../"):
        return None
    return resolved


def open_package(path) -> Package:
    """Open an OOXML package for reading; InputError when it cannot be read safely."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    name = display_path(os.path.basename(path.rstrip("/\\")) or path)
    fh = open_regular(path)  # a FIFO or a device is refused before a byte is read
    try:
        return _open(path, name, fh)
    except BaseException:
        fh.close()
        raise


def _open(path: str, name: str, fh) -> Package:
    try:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(8)
    except OSError as exc:
        raise _fail(name, f"lỗi khi đọc tệp ({_exc_text(exc)})", f"error while reading the file ({_exc_text(exc)})") from None
    if size == 0:
        raise _fail(name, "tệp rỗng (0 byte)", "the file is empty (0 bytes)")
    if head == _OLE_MAGIC:
        raise _sniff_ole(name, fh, size)
    try:
        end = _end_record(fh, size)
    except OSError as exc:
        raise _fail(name, f"lỗi khi đọc tệp ({_exc_text(exc)})", f"error while reading the file ({_exc_text(exc)})") from None
    if end is None:
        if head.startswith(_ZIP_LOCAL):
            raise _fail(
                name,
                "tệp .docx bị cắt cụt hoặc hỏng (không tìm thấy mục lục cuối gói ZIP)",
                "the .docx file is truncated or damaged (the ZIP central directory is missing)",
            )
        raise _not_zip(name, head)
    entries, cd_size = end
    if cd_size > size or entries * 46 > size:  # 46 bytes: the smallest central-directory entry
        raise _fail(
            name,
            "tệp .docx bị cắt cụt hoặc hỏng (mục lục gói ZIP khai báo sai kích thước)",
            "the .docx file is truncated or damaged (the ZIP central directory declares an impossible size)",
        )
    if entries > MAX_ENTRIES or cd_size > MAX_CENTRAL_DIR:
        raise _fail(
            name,
            f"gói ZIP có quá nhiều phần ({entries} phần, mục lục {_size(cd_size)}; "
            f"giới hạn {MAX_ENTRIES} phần, {_size(MAX_CENTRAL_DIR)})",
            f"the ZIP package has too many entries ({entries} entries, central directory {_size(cd_size)}; "
            f"limits {MAX_ENTRIES}, {_size(MAX_CENTRAL_DIR)})",
        )
    try:
        fh.seek(0)
        zf = zipfile.ZipFile(fh, "r")
    except Exception as exc:
        if head.startswith(_ZIP_LOCAL):
            raise _fail(
                name,
                f"tệp .docx bị cắt cụt hoặc hỏng (gói ZIP hỏng: {_exc_text(exc)})",
                f"the .docx file is truncated or damaged (broken ZIP package: {_exc_text(exc)})",
            ) from None
        raise _not_zip(name, head) from None
    pkg = Package(path, name, fh, zf)
    try:
        pkg._index()
    except BaseException:
        zf.close()
        raise
    return pkg

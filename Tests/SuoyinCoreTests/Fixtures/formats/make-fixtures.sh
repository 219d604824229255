#!/bin/sh
# Remakes the committed document fixtures of this folder (see README.md).
# Needs libreoffice (Debian: libreoffice-writer-nogui), iconv and xxd.
set -eu
cd "$(dirname "$0")"

# report.odt, report.doc and report.rtf: LibreOffice's own conversions of the hand-written report.fodt.
for format in odt doc rtf; do
    libreoffice --headless --convert-to "$format" report.fodt >/dev/null
done
# LibreOffice cannot write WPS Office files; a WPS Writer .wps is Word's binary format, so the
# .doc under the other name stands in for one.
cp report.doc report.wps

# RTF as older Chinese editors write it: no \uN, every character as its GBK (or Big5) bytes in
# \'hh escapes. hex ENCODING TEXT prints TEXT's bytes in ENCODING as \'hh escapes.
hex() { printf '%s' "$2" | iconv -f UTF-8 -t "$1" | xxd -p | tr -d '\n' | sed "s/\(..\)/\\\\'\1/g"; }
g() { hex GBK "$1"; }
b() { hex BIG5 "$1"; }

{
    printf '{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052'
    printf '{\\fonttbl{\\f0\\fnil\\fcharset134 %s;}{\\f1\\fswiss\\fcharset0 Arial;}}\n' "$(g 宋体)"
    printf '{\\stylesheet{\\f0 Normal;}{\\s1\\f0\\outlinelevel0 heading 1;}{\\s2\\sbasedon0\\f0 %s 2;}}\n' "$(g 标题)"
    printf '{\\info{\\title %s}{\\author %s}}\n' "$(g 慈溪市2023年度法治政府建设情况的报告)" "$(g 市司法局)"
    printf '{\\header \\pard\\plain\\f0 %s\\par}\n' "$(g 慈溪市人民政府)"
    printf '\\pard\\plain\\f0 %s\\par\n' "$(g 慈溪市人民政府关于2023年度法治政府建设情况的报告)"
    printf '\\pard\\plain\\f1 2023\\f0 %s\\par\n' "$(g 年，我市法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导，法治政府建设整体水平全面提升。)"
    printf '\\pard\\plain\\s1\\f0 %s\\par\n' "$(g 一、主要举措和成效)"
    printf '\\pard\\plain\\s2\\f0 %s\\par\n' "$(g （一）全面加强党对法治政府建设的领导。)"
    printf '\\pard\\plain\\f0 %s{\\field{\\*\\fldinst HYPERLINK "http://www.cixi.gov.cn"}{\\fldrslt %s}}%s\\line %s\\tab 12%s\\par\n' \
        "$(g 详见)" "$(g 慈溪市人民政府网)" "$(g 。)" "$(g 新增行政规范性文件)" "$(g 件)"
    printf '{\\pict\\wmetafile8\\picw100\\pich100 0100090000}\n'
    printf '\\pard\\plain\\f0 %s\\par\n' "$(g 慈溪市人民政府)"
    printf '\\pard\\plain\\f1 2024\\f0 %s\\f1 2\\f0 %s\\f1 29\\f0 %s\\par\n}\n' "$(g 年)" "$(g 月)" "$(g 日)"
} > legacy-gbk.rtf

{
    printf '{\\rtf1\\ansi\\ansicpg1252\\deff0'
    printf '{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset136 %s;}}\n' "$(b 新細明體)"
    printf '{\\stylesheet{\\s0 Normal;}{\\s1\\outlinelevel0 heading 1;}}\n'
    printf '\\pard\\plain\\f1 %s\\par\n' "$(b 巴音郭楞蒙古自治州人民政府)"
    printf '\\pard\\plain\\s1\\f1 %s\\par\n' "$(b 一、切實履行主體責任，高位推動法治政府建設)"
    printf '\\pard\\plain\\f1 %s\\f0  Rule of law\\par\n}\n' "$(b 州黨委、政府堅持將法治政府建設擺在突出位置，成功許可。)"
} > legacy-big5.rtf

# notice.ofd: a one-page OFD notice written by make-ofd.py (Python 3, standard library only).
python3 make-ofd.py

#!/usr/bin/env python3
"""Writes notice.ofd: a one-page OFD notice (GB/T 33190) with a wrapped paragraph.

Lengths in millimetres; body type 三号 (5.6 mm), full-width characters one em apart,
ASCII half an em, margins 26 and 184. Run from this folder: python3 make-ofd.py
"""
import zipfile

NS = "http://www.ofdspec.org/2016"
LEFT, RIGHT, SIZE = 26.0, 184.0, 5.6


def advance(ch, size):
    return size / 2 if ord(ch) < 128 else size


def text_object(oid, text, x, y, size=SIZE):
    deltas = " ".join(f"{advance(c, size):g}" for c in text[:-1])
    width = sum(advance(c, size) for c in text)
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {y - size:g} {width:g} {size * 1.2:g}" Font="1" Size="{size:g}">'
            f'<ofd:TextCode X="0" Y="{size:g}" DeltaX="{deltas}">{text}</ofd:TextCode></ofd:TextObject>')


def wrapped(text, y):
    """The lines of a paragraph whose first line is indented two ems: (text, x, y)."""
    lines, current, x, width = [], "", LEFT + 2 * SIZE, 0.0
    for ch in text:
        if x + width + advance(ch, SIZE) > RIGHT + 0.01:
            lines.append((current, x, y + 10 * len(lines)))
            current, x, width = "", LEFT, 0.0
        current += ch
        width += advance(ch, SIZE)
    lines.append((current, x, y + 10 * len(lines)))
    return lines


def centred(text, y, size=SIZE):
    width = sum(advance(c, size) for c in text)
    return (text, (LEFT + RIGHT - width) / 2, y, size)


lines = [centred("慈溪市司法局文件", 40, 12), centred("慈司〔2024〕3号", 58),
         centred("关于开展2023年度法治政府建设督察的通知", 76, 7.7),
         ("各镇人民政府，各街道办事处：", LEFT, 94, SIZE)]
lines += [(t, x, y, SIZE) for t, x, y in wrapped(
    "为深入贯彻习近平法治思想，推进依法行政，全面提升法治政府建设水平，经研究，"
    "决定开展2023年度法治政府建设督察。请各单位认真组织自查，重大问题及时报告。", 104)]
lines += [("一、督察内容", LEFT + 2 * SIZE, 134, SIZE),
          ("慈溪市司法局", 130, 160, SIZE), ("2024年2月29日", 128, 170, SIZE), centred("— 1 —", 285)]
objects = "".join(text_object(101 + i, *line) for i, line in enumerate(lines))

parts = {
    "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.1" DocType="OFD">'
               '<ofd:DocBody><ofd:DocInfo><ofd:DocID>c0ffee</ofd:DocID><ofd:Title>关于开展2023年度法治政府建设督察的通知'
               '</ofd:Title><ofd:Author>慈溪市司法局</ofd:Author></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml'
               '</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
    "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                          '<ofd:MaxUnitID>200</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                          '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>'
                          '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
    "Doc_0/PublicRes.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                           '<ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
    "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
                                      f'<ofd:Layer ID="100">{objects}</ofd:Layer></ofd:Content></ofd:Page>',
}
with zipfile.ZipFile("notice.ofd", "w", zipfile.ZIP_DEFLATED) as archive:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 2, 29, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text.encode("utf-8"))

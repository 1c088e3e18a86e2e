package cn.juece.archive;

import java.time.format.DateTimeFormatter;

import cn.juece.decision.Decision;
import cn.juece.procedure.ShanghaiTime;

/** README.txt of the archive: what is in it and how an archivist checks it with standard tools. */
final class ArchiveReadme {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private ArchiveReadme() {
    }

    static String text(Decision decision, ArchiveSeal seal) {
        return """
                重大行政决策案卷归档包
                决策编号：%s
                决策事项：%s
                封存时间：%s（北京时间）
                封存值（manifest.json 的 SHA-256）：%s

                本归档包由“决策 Juece”系统在决策程序结束、案卷封存后导出。其中的文件都是普通格式
                （PDF、JSON、文本和上传时的原文件），不需要 Juece 即可打开和核对。

                一、内容
                  summary.pdf      案卷摘要：基本情况，办理过程（每一步的办理人和时间），案卷文件及其 SHA-256，封存值
                  manifest.json    封存清单：封存时生成，列出案卷每一条记录和每一个文件在本包中的路径及其 SHA-256
                  manifest.sha256  封存清单本身的 SHA-256（即封存值），sha256sum 格式
                  entries/         案卷记录，每条一个 JSON 文件，按记录先后编号，文件名中为所在环节的标识
                  documents/       案卷文件，与上传时逐字节相同；文件名前的数字为文件编号
                  SHA256SUMS       本包中除自身外每个文件的 SHA-256，sha256sum 格式
                  README.txt       本说明

                二、核对方法（在解压后的目录中执行）
                  1. 核对每个文件：
                       sha256sum -c SHA256SUMS
                     每行显示“成功”或“OK”即该文件完好。entries/ 和 documents/ 各行的值取自封存清单
                     manifest.json，因此全部通过即说明这些记录和文件与封存时一致。
                  2. 核对封存清单：
                       sha256sum -c manifest.sha256
                     并确认 manifest.sha256 中的值与上面的封存值、summary.pdf 所载封存值以及 Juece 案卷页
                     “封存信息”中的封存值相同。
                  macOS 使用 shasum -a 256 -c SHA256SUMS；Windows 可在 PowerShell 中执行
                  Get-FileHash -Algorithm SHA256 <文件名>，逐个与 SHA256SUMS 中的值比较。

                三、说明
                  记录的 SHA-256 按其 JSON 文件计算：键按字母排序，两个空格缩进，换行符为 LF，时间为北京时间。
                  封存后，Juece 不再接受该案卷的任何新记录或新文件；导出时逐项与封存清单比对，不一致即拒绝导出。
                """.formatted(decision.reference(), decision.title(), TIME.format(seal.sealedAt()),
                seal.manifestSha256());
    }
}

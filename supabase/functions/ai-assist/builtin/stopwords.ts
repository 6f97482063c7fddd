/** English function words ignored by retrieval and summarisation (not by the classifier). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
    ("a an the and or but if then so of to in on at by for with from into about as is are was were be been " +
        "being am do does did done have has had having i me my mine we us our you your yours he him his she " +
        "her it its they them their this that these those there here what which who whom whose when where why " +
        "how can could would should will shall may might must just also too very really please hi hello hey " +
        "thanks thank dear regards any some all each every other such than only own same not no nor up down " +
        "out over under again further once s t d ll m re ve y get got let").split(" "),
);
